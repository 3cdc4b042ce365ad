import SwiftSyntax

/// Assignable expressions (`x`, `p.x`, `a[i][j]`, `d[k]!`, `self.x`) compiled to in-place
/// access, so mutating a struct or array inside a variable copies nothing when unshared.
struct LValue {
    let access: Access
    let type: TypeSpec?
    /// A plain read, where going through `access` would also write back (an observed variable
    /// would run its observers on a read; an inout argument is read, then written once).
    var read: ((Frame) throws -> Value)? = nil
    /// Empties the place while an inout argument is out (so the callee holds the only
    /// reference); nil: store `.void`. Observed places keep their value: emptying them would
    /// run their observers (Swift runs them once, when the argument is written back).
    var moveOut: ((Frame) throws -> Void)? = nil
    var keepsValueDuringCall = false

    func takeForInout(_ f: Frame) throws {
        if keepsValueDuringCall { return }
        if let moveOut { try moveOut(f) } else { try access(f) { $0 = .void } }
    }

    func get(_ f: Frame) throws -> Value {
        if let read { return try read(f) }
        var out: Value = .void
        try access(f) { out = $0 }
        return out
    }
}

/// A per-site cache of a member's field index for the last user type seen.
final class MemberCache {
    var type: UserType?
    var index = 0
}

/// Signals a `nil` in an optional chain; caught at the end of the chain.
struct NilChain: Error {}

extension Compiler {
    func lvalue(_ e: ExprSyntax) throws -> LValue {
        if let d = e.as(DeclReferenceExprSyntax.self) {
            let name = d.baseName.text
            if name == "self" {
                let depth = try selfDepth(d)
                return LValue(access: { f, body in try Runtime.modifySlot(f.ancestor(depth), 0, body) }, type: nil)
            }
            switch resolve(name) {
            case .variable(let ref): return variableLValue(ref)
            case .accessor(let a, let depth): return accessorLValue(a, depth, d)
            case .selfMember(let depth, let t, let member):
                let selfLV = LValue(access: { f, body in try Runtime.modifySlot(f.ancestor(depth), 0, body) }, type: nil)
                let ptype = t.propertyIndex[member].map { t.properties[$0].type } ?? nil
                return memberLValue(selfLV, member, ptype, loc(d))
            case .selfStatic(let t, let member):
                if let box = t.staticBoxes[member] { return boxLValue(box, nil) }
                throw error("cannot assign to '\(name)'", d)
            case .userType(let t):
                // The base of `Type[key] = v` (a static subscript): the type as a temporary value.
                let v = Value.type(TypeRef(.user(t)))
                return LValue(access: { _, body in
                    var tmp = v
                    try body(&tmp)
                }, type: nil)
            default:
                throw error("cannot assign to '\(name)'", d)
            }
        }
        if let t = e.as(TupleExprSyntax.self), t.elements.count == 1, let only = t.elements.first {
            return try lvalue(only.expression)
        }
        if let m = e.as(MemberAccessExprSyntax.self), let base = m.base {
            let name = m.declName.baseName.text
            if let d = base.as(DeclReferenceExprSyntax.self), case .userType(let t) = resolve(d.baseName.text),
               let box = t.staticBoxes[name] {
                return boxLValue(box, nil)
            }
            // `Self.count += 1`: a static stored property of the enclosing type.
            if let d = base.as(DeclReferenceExprSyntax.self), d.baseName.text == "Self", case .user(let t)? = selfTypeReference(),
               let box = t.staticBoxes[name] {
                return boxLValue(box, nil)
            }
            let baseLV = try lvalue(base)
            return memberLValue(baseLV, name, nil, loc(m.declName))
        }
        if let s = e.as(SubscriptCallExprSyntax.self) {
            if let kp = try keyPathLValue(s) { return kp }
            let baseLV = try lvalue(s.calledExpression)
            let idx = try s.arguments.map { EvalRef(try expr($0.expression)) }
            let labels = s.arguments.map { $0.label?.text }
            let l = loc(s)
            let rt = self.rt
            var elem: TypeSpec?
            switch baseLV.type {
            case .array(let t)?: elem = t
            case .dictionary(_, let v)?: elem = labels.contains("default") ? v : .optional(v)
            default: elem = nil
            }
            if idx.count == 1, labels[0] == nil {
                // One unlabeled index: no key array, arrays indexed in place.
                let i0 = idx[0].run
                let baseAccess = baseLV.access
                if let d = s.calledExpression.as(DeclReferenceExprSyntax.self), d.baseName.text != "self",
                   let place = try operand(ExprSyntax(d)).place {
                    // `a[i]` on a plain variable: the array updated where it lives.
                    let key = try operand(s.arguments.first?.expression ?? ExprSyntax(d))
                    let general: (Frame, Value, (inout Value) throws -> Void) throws -> Void = { f, k, body in
                        try baseAccess(f) { v in try rt.modifySubscript(&v, [k], labels, at: l, body) }
                    }
                    switch place {
                    case .local(let p): return LValue(access: Runtime.arrayElementAccess(p, key, general, at: l), type: elem)
                    case .global(let p): return LValue(access: Runtime.arrayElementAccess(p, key, general, at: l), type: elem)
                    }
                }
                return LValue(access: { f, body in
                    let key = try i0(f)
                    try baseAccess(f) { v in
                        if case .array = v, case .int(let i) = key {
                            guard case .array(var a) = v else { return }
                            guard i >= 0 && i < a.count else { throw RunError(.runtime, "Fatal error: Index out of range", at: l) }
                            v = .void
                            defer { v = .array(a) }
                            try body(&a[i])
                            return
                        }
                        try rt.modifySubscript(&v, [key], labels, at: l, body)
                    }
                }, type: elem)
            }
            if idx.count == 2, labels[0] == nil, labels[1] == "default" {
                // `counts[key, default: 0] += 1`: no key array; an existing entry updated in place.
                let k0 = idx[0].run, k1 = idx[1].run
                let baseAccess = baseLV.access
                return LValue(access: { f, body in
                    let key = try k0(f), fallback = try k1(f)
                    try baseAccess(f) { v in
                        if case .dictionary = v {
                            guard case .dictionary(var d) = v else { return }
                            v = .void
                            if !isKnownUniquelyReferenced(&d) { d = DictionaryBox(copying: d) }
                            defer { v = .dictionary(d) }
                            if let i = d.index[key] {
                                try body(&d.values[i])
                                return
                            }
                            var x = fallback
                            try body(&x)
                            d.set(key, x)
                            return
                        }
                        try rt.modifySubscript(&v, [key, fallback], labels, at: l, body)
                    }
                }, type: elem)
            }
            return LValue(access: { f, body in
                var keys: [Value] = []
                keys.reserveCapacity(idx.count)
                for i in idx { keys.append(try i.run(f)) }
                try baseLV.access(f) { v in try rt.modifySubscript(&v, keys, labels, at: l, body) }
            }, type: elem)
        }
        if let fu = e.as(ForceUnwrapExprSyntax.self) {
            let inner = try lvalue(fu.expression)
            let l = loc(fu.exclamationMark)
            var t: TypeSpec?
            if case .optional(let w)? = inner.type { t = w }
            return LValue(access: { f, body in
                try inner.access(f) { v in
                    guard case .some(var w) = v else {
                        throw RunError(.runtime, "Fatal error: Unexpectedly found nil while unwrapping an Optional value", at: l)
                    }
                    v = .void
                    defer { v = .some(w) }
                    try body(&w)
                }
            }, type: t)
        }
        if let oc = e.as(OptionalChainingExprSyntax.self) {
            let inner = try lvalue(oc.expression)
            return LValue(access: { f, body in
                try inner.access(f) { v in
                    guard case .some(var w) = v else { throw NilChain() }
                    v = .void
                    defer { v = .some(w) }
                    try body(&w)
                }
            }, type: nil)
        }
        if e.is(FunctionCallExprSyntax.self) {
            // `list.node(at: 0).value = "x"`: the call's result is a temporary; a write through
            // it reaches the object when the result is a class reference.
            let ev = try expr(e)
            return LValue(access: { f, body in
                var temporary = try ev(f)
                try body(&temporary)
            }, type: nil)
        }
        throw error("cannot assign to this expression", e)
    }

    func variableLValue(_ ref: VarRef) -> LValue {
        switch ref {
        case .local(let depth, let l):
            let s = l.slot
            if depth == 0 { return LValue(access: { f, body in try body(&f.slots[s]) }, type: l.type) }
            return LValue(access: { f, body in try body(&f.ancestorSlots(depth)[s]) }, type: l.type)
        case .global(let g):
            return boxLValue(g.box, g.type)
        }
    }

    func boxLValue(_ box: Box, _ type: TypeSpec?) -> LValue {
        LValue(access: { _, body in try body(&box.value) }, type: type)
    }

    func memberLValue(_ base: LValue, _ name: String, _ type: TypeSpec?, _ l: Loc) -> LValue {
        let cache = MemberCache()
        let rt = self.rt
        var t = type
        if t == nil, case .tuple = base.type { t = nil }
        let readCache = MemberCache()
        var lv = LValue(access: { f, body in
            try base.access(f) { v in try rt.modifyMember(&v, name, cache, at: l, body) }
        }, type: t, read: { f in try rt.getMember(try base.get(f), name, readCache, at: l) })
        lv.keepsValueDuringCall = base.keepsValueDuringCall
        lv.moveOut = { f in
            try base.access(f) { v in
                if rt.observedField(v, name) == nil { try rt.modifyMember(&v, name, cache, at: l) { $0 = .void } }
            }
        }
        return lv
    }

    /// Compiles the base of a member access, call or subscript; a trailing `?` makes a nil
    /// end the whole chain.
    func chainBase(_ e: ExprSyntax) throws -> Eval {
        if let oc = e.as(OptionalChainingExprSyntax.self) {
            let inner = try expr(oc.expression)
            return { f in
                switch try inner(f) {
                case .none: throw NilChain()
                case .some(let w): return w
                case let v: return v
                }
            }
        }
        return try expr(e)
    }

    /// Wraps the outermost expression of an optional chain: nil if a link was nil, otherwise
    /// the value as an optional.
    func chainTop(_ node: some SyntaxProtocol, _ eval: @escaping Eval) -> Eval {
        guard containsChain(Syntax(node)) else { return eval }
        if let parent = node.parent, isChainLink(parent, child: Syntax(node)) { return eval }
        return { f in
            do { return try eval(f).asOptional } catch is NilChain { return .none }
        }
    }

    private func containsChain(_ n: Syntax) -> Bool {
        if n.is(OptionalChainingExprSyntax.self) { return true }
        if let m = n.as(MemberAccessExprSyntax.self), let b = m.base { return containsChain(Syntax(b)) }
        if let c = n.as(FunctionCallExprSyntax.self) { return containsChain(Syntax(c.calledExpression)) }
        if let s = n.as(SubscriptCallExprSyntax.self) { return containsChain(Syntax(s.calledExpression)) }
        if let fu = n.as(ForceUnwrapExprSyntax.self) { return containsChain(Syntax(fu.expression)) }
        return false
    }

    private func isChainLink(_ parent: Syntax, child: Syntax) -> Bool {
        if let m = parent.as(MemberAccessExprSyntax.self), let b = m.base { return Syntax(b) == child }
        if let c = parent.as(FunctionCallExprSyntax.self) { return Syntax(c.calledExpression) == child }
        if let s = parent.as(SubscriptCallExprSyntax.self) { return Syntax(s.calledExpression) == child }
        if let fu = parent.as(ForceUnwrapExprSyntax.self) { return Syntax(fu.expression) == child }
        if let oc = parent.as(OptionalChainingExprSyntax.self) { return Syntax(oc.expression) == child && false }
        return false
    }
}
