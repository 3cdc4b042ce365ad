import SwiftSyntax

/// Member access (`p.x`, `a.count`, `t.0`, `Point.origin`, `.red`) and subscripts.
extension Compiler {
    func memberAccess(_ m: MemberAccessExprSyntax, _ expected: TypeSpec?) throws -> Eval {
        let name = m.declName.baseName.text
        guard let base = m.base else { return try implicitMember(name, args: nil, expected, m) }
        if base.is(SuperExprSyntax.self) { return try superMember(name, m) }
        if name == "init" || m.declName.argumentNames != nil {
            let labels = m.declName.argumentNames.map { $0.arguments.map { $0.name.text == "_" ? nil : $0.name.text } }
            let callee = name == "init" ? base.trimmedDescription : "\(base.trimmedDescription).\(name)"
            return try functionReference(callee: callee, labels: labels, m)
        }
        if isSwiftModule(base) {
            if builtinTypeNames.contains(name) { let v = Value.type(TypeRef(.builtin(name))); return { _ in v } }
            if let fn = builtinFunctionValue(name) { return { _ in .function(fn) } }
            throw error("module 'Swift' has no member named '\(name)'", m.declName)
        }
        if let d = base.as(DeclReferenceExprSyntax.self), d.baseName.text == "Self", case .user(let ut)? = selfTypeReference(),
           ut.kind == .classType, ut.staticComputed[name] != nil || ut.staticBoxes[name] != nil {
            // `Self.sides` in a class: the class var of the instance's own (sub)class.
            let load = try selfValue(d), rt = self.rt, l = loc(m.declName), cache = MemberCache()
            return { f in
                var receiver = try load(f)
                if case .object(let i) = receiver { receiver = .type(TypeRef(.user(i.type))) }
                return try rt.getMember(receiver, name, cache, at: l)
            }
        }
        if let d = base.as(DeclReferenceExprSyntax.self), d.baseName.text == "Self", selfTypeReference() == nil,
           let t = instanceSelfType(), t.kind == .protocolType {
            // `Self.self`, `Self.sides` in a protocol extension: the conforming value's own type.
            let load = try selfValue(d), rt = self.rt, l = loc(m.declName), cache = MemberCache()
            return { f in
                let receiver = try load(f)
                guard let ref = Runtime.typeRef(of: receiver) else { throw RunError(.runtime, "cannot find 'Self' in scope", at: l) }
                return name == "self" ? .type(ref) : try rt.getMember(.type(ref), name, cache, at: l)
            }
        }
        if let t = typeReference(base) { return chainTop(m, try staticMember(t, name, m)) }
        // (Not `a ?? b`: the generic `??` would keep the base's evaluator behind thunks.)
        let b: Eval
        if let literal = try integerLiteralAsDouble(base, member: name) { b = literal } else { b = try chainBase(base) }
        let cache = MemberCache()
        let l = loc(m.declName)
        let rt = self.rt
        if name == "count" {
            return chainTop(m, { f in
                let v = try b(f)
                switch v {
                case .array(let a): return .int(a.count)
                case .dictionary(let d): return .int(d.count)
                default: return try rt.getMember(v, name, cache, at: l)
                }
            })
        }
        if let read = characterPredicateRead(name, b, cache, l) { return chainTop(m, read) }
        let general: Eval
        if session.registry.extensionMemberNames.contains(name) {
            general = { f in try rt.getExtendedMember(try b(f), name, cache, at: l) }
        } else {
            general = { f in try rt.getMember(try b(f), name, cache, at: l) }
        }
        if session.registry.lazyMemberNames.contains(name), isAssignable(base), let lv = try? lvalue(base) {
            // A lazy property of a struct in a variable: the first read stores the value in it.
            return chainTop(m, { f in
                var result: Value = .void
                try lv.access(f) { slot in
                    if case .structure(let inst) = slot, let get = inst.type.computed[name]?.get, get.isMutating {
                        result = try rt.invokeMutating(get, [], self: &slot)
                    } else {
                        result = try rt.getMember(slot, name, cache, at: l)
                    }
                }
                return result
            })
        }
        if let inPlace = try placeFieldRead(base, cache, general: general) { return chainTop(m, inPlace) }
        return chainTop(m, general)
    }

    /// `ch.isLetter`, `ch.isUppercase`… (see `CharacterPredicates`); other values take the
    /// general read. Not when an extension or a lazy property declares the name.
    private func characterPredicateRead(_ name: String, _ b: @escaping Eval, _ cache: MemberCache, _ l: Loc) -> Eval? {
        guard let pred = CharacterPredicates.predicate(name), !session.registry.extensionMemberNames.contains(name),
              !session.registry.lazyMemberNames.contains(name) else { return nil }
        let rt = self.rt
        return { f in
            let v = try b(f)
            if case .character(let c) = v { return .bool(pred(c)) }
            return try rt.getMember(v, name, cache, at: l)
        }
    }

    /// The type a base expression names (`Point`, `Double`, `Tensor`), unless a variable
    /// shadows it.
    func typeReference(_ e: ExprSyntax) -> TypeRef.Kind? {
        if let d = e.as(DeclReferenceExprSyntax.self) {
            let n = d.baseName.text
            switch resolve(n) {
            case .userType(let t): return .user(t)
            case .hostType(let t): return .host(t)
            case .none:
                if n == "Self" { return selfTypeReference() }
                if builtinTypeNames.contains(n) { return .builtin(n) }
                if let t = aliasedUserType(n) { return .user(t) }
                if let a = typeAlias(n), let b = builtinName(a) { return .builtin(b) }
                // `Never.self`, `Error.self` (`expect(throws: Never.self) { … }`).
                if n == "Never" || Self.markerProtocols.contains(n) || Self.extensibleProtocols.contains(n) { return .builtin(n) }
                return nil
            default: return nil
            }
        }
        // `(any Error).self`, `(any Shape).self`: the existential's protocol.
        if let t = e.as(TupleExprSyntax.self), t.elements.count == 1, let only = t.elements.first, only.label == nil,
           let te = only.expression.as(TypeExprSyntax.self), let so = te.type.as(SomeOrAnyTypeSyntax.self),
           let id = so.constraint.as(IdentifierTypeSyntax.self) {
            return typeReference(ExprSyntax(DeclReferenceExprSyntax(baseName: id.name.trimmed)))
        }
        if let g = e.as(GenericSpecializationExprSyntax.self), let d = g.expression.as(DeclReferenceExprSyntax.self) {
            if let (t, _) = specializedType(g) { return .user(t) }
            return builtinTypeNames.contains(d.baseName.text) ? .builtin(d.baseName.text) : nil
        }
        if let m = e.as(MemberAccessExprSyntax.self), isSwiftModule(m.base), builtinTypeNames.contains(m.declName.baseName.text) {
            return .builtin(m.declName.baseName.text)
        }
        // `String.CompareOptions` (Foundation spells it `NSString.CompareOptions` too).
        if let m = e.as(MemberAccessExprSyntax.self), m.declName.baseName.text == "CompareOptions",
           let base = m.base?.as(DeclReferenceExprSyntax.self), ["String", "NSString"].contains(base.baseName.text),
           lookupType(base.baseName.text) == nil, { if case .variable = resolve(base.baseName.text) { return false }; return true }() {
            return .user(BuiltinEnums.compareOptions)
        }
        // `Deck.Suit`: a nested type.
        if let m = e.as(MemberAccessExprSyntax.self), let base = m.base, case .user(let t)? = typeReference(base),
           let nested = t.nestedTypes[m.declName.baseName.text] {
            return .user(nested)
        }
        return nil
    }

    /// `Self` in a type's or a standard type's extension members: the type itself (in a protocol
    /// extension it is the conforming type, known only at run time: nil).
    func selfTypeReference() -> TypeRef.Kind? {
        var c: FunctionContext? = ctx
        while let cur = c {
            if let t = cur.selfType {
                switch t.kind {
                case .structure, .classType, .enumeration: return .user(t)
                case .extensionTable:
                    return builtinTypeNames.contains(t.name) ? .builtin(t.name) : nil
                case .protocolType: return nil
                }
            }
            c = cur.parent
        }
        return nil
    }

    /// The standard type name a type stands for (`Double` for `typealias Real = Double`).
    func builtinName(_ t: TypeSpec) -> String? {
        switch t {
        case .int: return "Int"
        case .double: return "Double"
        case .float: return "Float"
        case .bool: return "Bool"
        case .string: return "String"
        case .character: return "Character"
        case .fixed(let k): return k.name
        case .substring: return "Substring"
        default: return nil
        }
    }

    /// `Type.member` without a call: enum cases, static properties, builtin constants.
    func staticMember(_ t: TypeRef.Kind, _ name: String, _ node: some SyntaxProtocol) throws -> Eval {
        switch t {
        case .user(let ut):
            if let i = ut.caseIndex[name] {
                if ut.cases[i].labels.isEmpty {
                    let v = ut.caseValue(i)
                    return { _ in v }
                }
                let fn = Function(name: name, params: ut.cases[i].labels.map { Param(label: $0, name: "_") })
                fn.native = { args in ut.caseValue(i, payload: args) }
                return { _ in .function(fn) }
            }
            if let box = ut.staticBoxes[name] { return { _ in box.value } }
            if let fs = session.registry.staticMethods(ut, name), let m = fs.first {
                // `map(verse)` in a static method, `Song.verse`: the method bound to its type.
                let bound = rt.boundMethod(m, .type(TypeRef(.user(ut))))
                return { _ in bound }
            }
            if let c = ut.staticComputed[name] {
                let rt = self.rt
                return { _ in try rt.invoke(c.get, []) }
            }
            if name == "allCases", ut.kind == .enumeration {
                return { _ in .array(ut.cases.indices.map { ut.caseValue($0) }) }
            }
            if name == "self" { let v = Value.type(TypeRef(.user(ut))); return { _ in v } }
            if let n = ut.nestedTypes[name] { let v = Value.type(TypeRef(.user(n))); return { _ in v } }
            if let m = ut.methods[name]?.first {
                // `Point.moved`: the instance method, curried (`Point.moved(p)(1, 1)`).
                let rt = self.rt
                let curried = Function(name: name, params: [Param(label: nil, name: "self")])
                curried.native = { args in rt.boundMethod(m, args[0]) }
                return { _ in .function(curried) }
            }
            if let c = session.registry.staticComputed(ut, name) {
                let rt = self.rt
                let tv = Value.type(TypeRef(.user(ut)))
                return { _ in try rt.invoke(c.get, [], self: tv) }
            }
            throw error("type '\(ut.name)' has no member '\(name)'", node)
        case .host(let ht):
            if let v = ht.staticValues[name] { return { _ in v } }
            throw error("type '\(ht.name)' has no member '\(name)'", node)
        case .builtin(let bn):
            if let table = builtinTable(bn) {
                if let box = table.staticBoxes[name] { return { _ in box.value } }
                if let c = table.staticComputed[name] {
                    let rt = self.rt
                    let tv = Value.type(TypeRef(.builtin(bn)))
                    return { _ in try rt.invoke(c.get, [], self: tv) }
                }
            }
            if let v = builtinStatic(bn, name) { return { _ in v } }
            throw error("type '\(bn)' has no member '\(name)'", node)
        }
    }

    /// `.name` / `.name(args)` resolved against the expected type, then a unique enum case or
    /// host static member of that name.
    func implicitMember(_ name: String, args: [CallArg]?, _ expected: TypeSpec?, _ node: some SyntaxProtocol) throws -> Eval {
        var target: TypeRef.Kind?
        // `.some(x)` / `.none` of an optional type (`let b: Int?? = .some(nil)`).
        if case .optional(let w)? = expected {
            if name == "none" && args == nil { return { _ in .none } }
            if name == "some", let a = args, a.count == 1, a[0].label == nil {
                let v = try expr(a[0].expr, w)
                return { f in .some(try v(f)) }
            }
        }
        var exp = expected
        while case .optional(let w)? = exp { exp = w }
        if let n = exp?.typeName {
            if let ut = lookupType(n) { target = .user(ut) } else if let ht = session.host.types[n] { target = .host(ht) }
            // A nested type named by its short name in its parent's members (`lines: [Line]`).
            else if let only = Optional(allUserTypes().filter { $0.name == n }), only.count == 1 { target = .user(only[0]) }
        }
        if case .double? = exp { target = .builtin("Double") }
        if case .int? = exp { target = .builtin("Int") }
        if case .float? = exp { target = .builtin("Float") }
        if target == nil {
            if name == "none" && args == nil { return { _ in .none } }
            if name == "some", let a = args, a.count == 1 {
                let v = try expr(a[0].expr)
                return { f in .some(try v(f)) }
            }
            var owners: [UserType] = []
            // (Nested types are filed under two names: `Deck.Suit` and `Suit`.)
            for t in allUserTypes() where (t.caseIndex[name] != nil || t.staticBoxes[name] != nil) && !owners.contains(where: { $0 === t }) {
                owners.append(t)
            }
            if owners.count == 1 { target = .user(owners[0]) }
            else if let ht = session.host.uniqueStaticOwner(name) { target = .host(ht) }
            else if owners.isEmpty, let bt = BuiltinEnums.owner(ofCase: name) { target = .user(bt) }
            else if owners.isEmpty, Runtime.characterSets[name] != nil { target = .builtin("CharacterSet") }
            else if owners.isEmpty, builtinStatic("Double", name) != nil { target = .builtin("Double") }
        }
        guard let target else {
            throw error("cannot infer contextual base in reference to member '\(name)'", node)
        }
        if let args { return try staticCall(target, name, args, node, expected) }
        return try staticMember(target, name, node)
    }

    func allUserTypes() -> [UserType] {
        var seen = session.types
        for (k, v) in pendingTypes { seen[k] = v }
        return seen.keys.sorted().compactMap { seen[$0] }
    }

    // MARK: Subscripts

    func subscriptGet(_ s: SubscriptCallExprSyntax) throws -> Eval {
        if let kp = try keyPathSubscript(s) { return kp }
        let b = try chainBase(s.calledExpression)
        let l = loc(s)
        let rt = self.rt
        if s.arguments.count == 1, let only = s.arguments.first, only.label == nil {
            let i0 = try operand(only.expression)
            let ob: Operand = s.calledExpression.is(OptionalChainingExprSyntax.self) ? .eval(b) : try operand(s.calledExpression)
            let labels: [String?] = [nil]
            let general: Eval = { f in
                let base = try ob.get(f)
                let key = try i0.get(f)
                if case .array(let a) = base, case .int(let i) = key {
                    guard i >= 0 && i < a.count else { throw RunError(.runtime, "Fatal error: Index out of range", at: l) }
                    return a[i]
                }
                return try rt.subscriptValue(base, [key], labels, at: l)
            }
            if let pi = i0.place {
                if let pa = ob.place { return chainTop(s, placeIndex(pa, pi, general: general)) }
                // `a[i][k]`: both levels at once.
                if let inner = s.calledExpression.as(SubscriptCallExprSyntax.self), inner.arguments.count == 1,
                   let innerIndex = inner.arguments.first, innerIndex.label == nil,
                   !inner.calledExpression.is(OptionalChainingExprSyntax.self),
                   let pa = try operand(inner.calledExpression).place, let pj = try operand(innerIndex.expression).place {
                    return chainTop(s, placeIndex2(pa, pj, pi, general: general))
                }
            }
            return chainTop(s, { f in
                let base = try ob.get(f)
                let key = try i0.get(f)
                if case .array(let a) = base, case .int(let i) = key {
                    guard i >= 0 && i < a.count else { throw RunError(.runtime, "Fatal error: Index out of range", at: l) }
                    return a[i]
                }
                return try rt.subscriptValue(base, [key], labels, at: l)
            })
        }
        let idx = try s.arguments.map { EvalRef(try expr($0.expression)) }
        let labels = s.arguments.map { $0.label?.text }
        return chainTop(s, { f in
            let base = try b(f)
            var keys: [Value] = []
            for i in idx { keys.append(try i.run(f)) }
            return try rt.subscriptValue(base, keys, labels, at: l)
        })
    }
}
