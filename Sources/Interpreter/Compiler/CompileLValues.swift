import SwiftSyntax

/// Assignable expressions (`x`, `p.x`, `a[i][j]`, `d[k]!`, `self.x`) compiled to in-place
/// access, so mutating a struct or array inside a variable copies nothing when unshared.
struct LValue {
    let access: Access
    let type: TypeSpec?

    func get(_ f: Frame) throws -> Value {
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
        throw error("cannot assign to this expression", e)
    }

    func variableLValue(_ ref: VarRef) -> LValue {
        switch ref {
        case .local(let depth, let l):
            let s = l.slot
            if depth == 0 { return LValue(access: { f, body in try body(&f.slots[s]) }, type: l.type) }
            return LValue(access: { f, body in try body(&f.ancestor(depth).slots[s]) }, type: l.type)
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
        return LValue(access: { f, body in
            try base.access(f) { v in try rt.modifyMember(&v, name, cache, at: l, body) }
        }, type: t)
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

extension Runtime {
    /// Access to `a[i]` for an array variable at a place: the array is moved out of its place
    /// (so it stays unshared), the element updated in place and the array put back.
    static func arrayElementAccess<P: ValuePlace>(_ place: P, _ key: Operand,
                                                  _ general: @escaping (Frame, Value, (inout Value) throws -> Void) throws -> Void,
                                                  at l: Loc) -> Access {
        { f, body in
            let k = try key.get(f)
            let p = place.at(f)
            if case .array = p.pointee, case .int(let i) = k {
                guard case .array(var a) = p.pointee else { return }
                guard i >= 0 && i < a.count else { throw RunError(.runtime, "Fatal error: Index out of range", at: l) }
                p.pointee = .void
                defer { p.pointee = .array(a) }
                try body(&a[i])
                return
            }
            try general(f, k, body)
        }
    }

    @inline(__always) static func modifySlot(_ f: Frame, _ s: Int, _ body: (inout Value) throws -> Void) throws {
        try body(&f.slots[s])
    }

    /// Mutates `v.name` in place (copying a shared struct first).
    /// The index of stored property `name` of `inst`, from the site's cache when it saw the type.
    @inline(__always) static func fieldIndex(_ inst: Instance, _ name: String, _ cache: MemberCache) -> Int? {
        if cache.type === inst.type { return cache.index }
        guard let i = inst.type.propertyIndex[name] else { return nil }
        cache.type = inst.type
        cache.index = i
        return i
    }

    func modifyMember(_ v: inout Value, _ name: String, _ cache: MemberCache, at l: Loc,
                      _ body: (inout Value) throws -> Void) throws {
        if case .structure = v {
            if let (property, idx, old) = observedField(v, name) {
                try modifyObserved(&v, property, idx, old, body)
                return
            }
            guard case .structure(var inst) = v else { return }
            let idx: Int
            if cache.type === inst.type { idx = cache.index } else if let i = inst.type.propertyIndex[name] {
                cache.type = inst.type
                cache.index = i
                idx = i
            } else if let c = inst.type.computed[name] {
                var current = try invoke(c.get, [], self: v)
                try body(&current)
                guard let setter = c.set else { throw RunError(.runtime, "cannot assign to property: '\(name)' is a get-only property", at: l) }
                _ = try invokeMutating(setter, [current], self: &v)
                return
            } else {
                throw RunError(.runtime, "value of type '\(inst.type.name)' has no member '\(name)'", at: l)
            }
            v = .void
            if !isKnownUniquelyReferenced(&inst) { inst = inst.copy() }
            defer { v = .structure(inst) }
            try body(&inst.fields[idx])
            return
        }
        switch v {
        case .object(let inst):
            if let (property, i, old) = observedField(v, name) {
                try modifyObserved(&v, property, i, old, body)
            } else if let i = Runtime.fieldIndex(inst, name, cache) {
                var x = inst.fields[i]
                inst.fields[i] = .void
                defer { inst.fields[i] = x }
                try body(&x)
            } else if let c = inst.type.computed[name] {
                var current = try invoke(c.get, [], self: v)
                try body(&current)
                guard let setter = c.set else { throw RunError(.runtime, "cannot assign to property: '\(name)' is a get-only property", at: l) }
                _ = try invoke(setter, [current], self: v)
            } else {
                throw RunError(.runtime, "value of type '\(inst.type.name)' has no member '\(name)'", at: l)
            }
        case .tuple(let t):
            let i = t.index(of: name) ?? Int(name) ?? -1
            guard i >= 0 && i < t.values.count else { throw RunError(.runtime, "value of tuple type has no member '\(name)'", at: l) }
            var vals = t.values
            v = .void
            defer { v = .tuple(TupleBox(vals, labels: t.labels)) }
            try body(&vals[i])
        case .host(let h):
            guard let get = h.type.getters[name], let set = h.type.setters[name] else {
                throw RunError(.runtime, "cannot assign to property '\(name)' of '\(h.type.name)'", at: l)
            }
            var x = try hostCall(l) { try get(h) }
            try body(&x)
            try hostCall(l) { try set(h, x) }
        case .some:
            throw RunError(.runtime, "value of optional type '\(v.typeName)' must be unwrapped to refer to member '\(name)'", at: l)
        default:
            throw RunError(.runtime, "value of type '\(v.typeName)' has no member '\(name)'", at: l)
        }
    }

    /// Runs a mutating method in a frame already holding its arguments, moving `self` in and
    /// back out so it stays unshared.
    @inline(__always) func runMutating(_ fn: Function, _ frame: Frame, self selfValue: inout Value) throws -> Value {
        try pushDepth()
        defer { depth -= 1 }
        frame.slots[0] = selfValue
        selfValue = .void
        defer { selfValue = frame.slots.move(); frame.slots.initialize(to: .void) }
        return try fn.body(frame)
    }

    /// The property, its index and current value when `name` is an observed stored property
    /// of the instance in `v` whose observers are not already running.
    func observedField(_ v: Value, _ name: String) -> (UserType.Property, Int, Value)? {
        guard case .structure(let inst) = v, inst.type.hasObservers else {
            guard case .object(let obj) = v, obj.type.hasObservers else { return nil }
            return observedField(obj, name)
        }
        return observedField(inst, name)
    }

    private func observedField(_ inst: Instance, _ name: String) -> (UserType.Property, Int, Value)? {
        guard let i = inst.type.propertyIndex[name], inst.type.properties[i].isObserved,
              !observing.contains(ObservedKey(inst.type, i)) else { return nil }
        return (inst.type.properties[i], i, inst.fields[i])
    }

    /// Updates an observed stored property of the struct or object in `v`: the new value is
    /// computed from `old`, then `willSet`, the store, `didSet`. Assignments to the property
    /// inside its own observers store directly (as in Swift).
    func modifyObserved(_ v: inout Value, _ property: UserType.Property, _ idx: Int, _ old: Value,
                        _ body: (inout Value) throws -> Void) throws {
        var new = old
        try body(&new)
        new = coerce(new, to: property.type)
        guard let type = v.userType else { return }
        let key = ObservedKey(type, idx)
        observing.insert(key)
        defer { observing.remove(key) }
        let isObject: Bool = { if case .object = v { return true }; return false }()
        if let w = property.willSetObserver {
            if isObject { _ = try invoke(w, [new], self: v) } else { _ = try invokeMutating(w, [new], self: &v) }
        }
        switch v {
        case .object(let inst): inst.fields[idx] = new
        case .structure(var inst):
            v = .void
            if !isKnownUniquelyReferenced(&inst) { inst = inst.copy() }
            inst.fields[idx] = new
            v = .structure(inst)
        default: return
        }
        if let d = property.didSetObserver {
            if isObject { _ = try invoke(d, [old], self: v) } else { _ = try invokeMutating(d, [old], self: &v) }
        }
    }

    /// Calls a mutating method, moving `self` into the callee's frame so it stays unshared.
    func invokeMutating(_ fn: Function, _ args: [Value], self selfValue: inout Value) throws -> Value {
        try pushDepth()
        defer { depth -= 1 }
        var frame = fn.takeFrame()
        frame.slots[0] = selfValue
        selfValue = .void
        for i in 0..<min(args.count, fn.params.count) {
            frame.slots[1 + i] = coerce(args[i], to: fn.params[i].type)
        }
        let result: Value
        do { result = try fn.body(frame) } catch {
            selfValue = frame.slots[0]
            throw error
        }
        // Moved out so `self` stays unshared.
        selfValue = frame.slots[0]
        frame.slots[0] = .void
        fn.recycle(&frame)
        return result
    }

    /// Runs a host callback, turning its Swift errors into located host errors.
    func hostCall<T>(_ l: Loc, catchable: Bool = false, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch var e as RunError {
            if !e.loc.isKnown { e.loc = l }
            throw e
        } catch let e as ThrownError {
            throw e
        } catch {
            var e = RunError(.host, "\(error)", at: l)
            e.catchable = catchable
            e.hostError = error
            throw e
        }
    }
}

/// A stored property whose observer is running (writes to it then store directly).
struct ObservedKey: Hashable {
    let type: ObjectIdentifier
    let index: Int
    init(_ type: UserType, _ index: Int) {
        self.type = ObjectIdentifier(type)
        self.index = index
    }
}
