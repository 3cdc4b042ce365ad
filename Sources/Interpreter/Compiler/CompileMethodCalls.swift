import SwiftSyntax

/// Calls with a receiver: methods of user, builtin and host values; static members; host
/// functions; closures.
extension Compiler {
    func callMember(_ m: MemberAccessExprSyntax, _ args: [CallArg], _ node: FunctionCallExprSyntax, _ expected: TypeSpec?) throws -> Eval {
        let name = m.declName.baseName.text
        guard let base = m.base else { return try implicitMember(name, args: args, expected, m) }
        if base.is(SuperExprSyntax.self) { return try superCall(name, args, node) }
        if isSwiftModule(base) { return try callStandardLibrary(name, args, node, expected) }
        if name == "init", let d = base.as(DeclReferenceExprSyntax.self), d.baseName.text == "self" {
            return try delegatingInit(args, node)
        }
        if let t = typeReference(base) { return try staticCall(t, name, args, node, expected) }
        // (Not `a ?? b`: the generic `??` would keep the receiver's evaluator behind thunks.)
        let recv: Eval
        if let literal = try integerLiteralAsDouble(base, member: name) { recv = literal } else { recv = try chainBase(base) }
        var lv: LValue?
        if let oc = base.as(OptionalChainingExprSyntax.self) {
            // `maybe?.append(3)`, `groups[key]?.append(x)`: a mutating method writes through the chain.
            if isAssignable(oc.expression) { lv = try? lvalue(base) }
        } else if isAssignable(base) {
            lv = try? lvalue(base)
        }
        var elementType: TypeSpec?
        let receiverType = staticTypeOfVariable(base)
        if case .array(let e)? = receiverType { elementType = e }
        return try methodCall(receiver: recv, lvalue: lv, name, args, node, elementType: elementType,
                              argTypes: specializedArgumentTypes(receiverType, name, args))
    }

    /// Argument types of a method of a specialized generic receiver (`Stack<Double>`'s
    /// `push(_ x: Element)` takes a Double), so literals adapt as Swift's do.
    func specializedArgumentTypes(_ receiver: TypeSpec?, _ name: String, _ args: [CallArg]) -> [TypeSpec?]? {
        guard let receiver, let tn = receiver.typeName, let t = lookupType(tn) else { return nil }
        let bindings = genericBindings(t, receiver)
        guard !bindings.isEmpty, let fs = t.methods[name], let (fn, binds) = pickOverload(fs, args) else { return nil }
        var out = [TypeSpec?](repeating: nil, count: args.count)
        for (pi, b) in binds.enumerated() {
            if case .arg(let ai) = b { out[ai] = fn.params[pi].type?.substituting(bindings) }
        }
        return out
    }

    func isAssignable(_ e: ExprSyntax) -> Bool {
        if let d = e.as(DeclReferenceExprSyntax.self) {
            if d.baseName.text == "self" { return true }
            switch resolve(d.baseName.text) {
            case .variable, .selfMember, .accessor: return true
            default: return false
            }
        }
        if let m = e.as(MemberAccessExprSyntax.self), let b = m.base {
            // `Type.staticVar.append(x)` mutates the static variable.
            if case .user(let t)? = typeReference(b) { return t.staticBoxes[m.declName.baseName.text] != nil }
            return typeReference(b) == nil && isAssignable(b)
        }
        if let s = e.as(SubscriptCallExprSyntax.self) { return isAssignable(s.calledExpression) }
        if let fu = e.as(ForceUnwrapExprSyntax.self) { return isAssignable(fu.expression) }
        if let oc = e.as(OptionalChainingExprSyntax.self) { return isAssignable(oc.expression) }
        if let t = e.as(TupleExprSyntax.self), t.elements.count == 1, let only = t.elements.first { return isAssignable(only.expression) }
        return false
    }

    /// A declared type whose values are standard collections or strings (no notebook type).
    func isStandardValueType(_ t: TypeSpec?) -> Bool {
        switch t {
        case .array?, .dictionary?, .set?, .string?: return true
        default: return false
        }
    }

    func staticTypeOfVariable(_ e: ExprSyntax) -> TypeSpec? {
        if let d = e.as(DeclReferenceExprSyntax.self), case .variable(let ref) = resolve(d.baseName.text) { return ref.type }
        if let d = e.as(DeclReferenceExprSyntax.self), case .selfMember(_, let t, let n) = resolve(d.baseName.text),
           let i = t.propertyIndex[n] { return t.properties[i].type }
        return nil
    }

    func methodCall(receiver: @escaping Eval, lvalue lv: LValue?, _ name: String, _ args: [CallArg],
                    _ node: FunctionCallExprSyntax, elementType: TypeSpec? = nil, argTypes: [TypeSpec?]? = nil) throws -> Eval {
        if args.contains(where: \.isInout) { return try inoutMethodCall(receiver: receiver, lvalue: lv, name, args, node) }
        let labels = args.map(\.label)
        let trailing = args.map(\.trailing)
        func expected(_ i: Int) -> TypeSpec? {
            if let argTypes, i < argTypes.count, let t = argTypes[i] { return t }
            return ["append", "insert"].contains(name) && i == 0 && labels.first == .some(nil) ? elementType : nil
        }
        let autoclosures = session.registry.autoclosureArguments[name] ?? []
        let argEvals = try args.enumerated().map { i, a -> EvalRef in
            if autoclosures.contains(i) { return EvalRef(try autoclosureArgument(a.expr)) }
            return EvalRef(try expr(a.expr, expected(i)))
        }
        let builtin = builtinMethod(name, labels)
        let rt = self.rt
        let l = node.calledExpression.as(MemberAccessExprSyntax.self).map { loc($0.declName) } ?? loc(node)
        let catchable = tryDepth > 0
        let traceLine = "at \(name) called from \(file.path):\(file.firstLine - 1 + l.line)"
        let cache = MethodCache()
        // Only `append(x)` / `insert(x, at: i)` take an element (`[UInt8]`'s `insert(v | 0x80, at: 0)`
        // must not turn the index into a UInt8).
        let elemType = ["append", "insert"].contains(name) && labels.first == .some(nil) ? elementType : nil
        let hasLV = lv != nil
        // (Not `lv?.access ?? …`: the generic `??` would store the closure reabstracted.)
        let lvAccess: Access
        if let lv { lvAccess = lv.access } else { lvAccess = { _, _ in } }
        let argCount = argEvals.count
        let argOps = try args.enumerated().map { i, a -> Operand in
            autoclosures.contains(i) ? .eval(argEvals[i].run) : try operand(a.expr, expected(i))
        }
        let site = MutatingCallSite(cache: cache, access: lvAccess, args: argOps, rt: rt, trace: traceLine)
        // Only on plain receivers (`xs`, `self.items`): a miss reads the receiver again.
        let recvExpr = node.calledExpression.as(MemberAccessExprSyntax.self)?.base
        let plainReceiver = recvExpr?.is(DeclReferenceExprSyntax.self) == true
            || recvExpr?.as(MemberAccessExprSyntax.self)?.base?.is(DeclReferenceExprSyntax.self) == true
        site.appends = hasLV && plainReceiver && name == "append" && labels == [nil] && builtin?.mutating == true
            && !session.registry.extensionMemberNames.contains(name)
        // Only when the declared type says the receiver holds a standard value (never a
        // notebook type with a method of this name), and no extension declares the name.
        if hasLV, let builtin, builtin.mutating, !site.appends, let recvExpr, isStandardValueType(staticTypeOfVariable(recvExpr)),
           !session.registry.extensionMemberNames.contains(name) {
            site.inPlace = BuiltinInPlace(run: builtin.run, elementType: elemType)
        }
        // Kept in `site` (the closure below captures no more values than before: each one costs per call).
        if session.registry.extensionMemberNames.contains(name) { site.extensions = session.registry }
        site.takesPatterns = Runtime.patternMethodNames.contains(name)
        return { f in
            var vals: [Value] = []
            var recvValue: Value = .void
            // A mutating method of a struct in a variable, array element or property (the
            // type seen last time at this site): arguments go straight into the callee's
            // frame and the method runs on the storage in place, with no copy of the receiver
            // and no re-lookup.
            if hasLV, cache.resolved != nil {
                if let result = try site.call(f, &vals) { return result }
                recvValue = try receiver(f)
            } else if let direct = cache.direct {
                // On a miss the receiver is already evaluated (into `recvValue`).
                if let result = try site.callDirect(f, direct, receiver, &vals, &recvValue) { return result }
            } else {
                if site.appends, let result = try site.appendInPlace(f, elemType, l, &vals) { return result }
                if vals.isEmpty {
                    vals.reserveCapacity(argCount)
                    for e in argEvals { vals.append(try e.run(f)) }
                }
                if let b = site.inPlace { return try site.runInPlace(f, b, vals, l) }
                recvValue = try receiver(f)
            }
            switch recvValue {
            case .structure(let inst), .object(let inst):
                guard let (fn, bind) = try cache.lookup(inst.type, name, labels, trailing, in: site.registry, receiver: recvValue, values: vals, at: l) else {
                    if inst.type.propertyIndex[name] != nil || site.registry.computed(inst.type, name, for: recvValue) != nil {
                        let fv = try rt.getMember(recvValue, name, MemberCache(), at: l)
                        return try rt.call(fv, vals)
                    }
                    if let r = try rt.userSequenceMethod(recvValue, name, labels, vals, builtin, at: l) { return r }
                    if let (r, newSelf) = try rt.optionSetMethod(recvValue, name, vals, at: l) {
                        if let newSelf, let lv { try lv.access(f) { $0 = newSelf } }
                        return r
                    }
                    throw RunError(.runtime, "value of type '\(inst.type.name)' has no member '\(name)'", at: l)
                }
                let final = cache.identity ? vals : try rt.applyBindings(bind, fn.params, vals)
                do {
                    if fn.isMutating, case .structure = recvValue, let lv {
                        recvValue = .void
                        var result: Value = .void
                        try lv.access(f) { slot in result = try rt.invokeMutating(fn, final, self: &slot) }
                        return result
                    }
                    return try rt.invoke(fn, final, self: recvValue)
                } catch let e as RunError {
                    e.callTrace.lines.append(traceLine)
                    throw e
                }
            case .enumCase(let e):
                guard let (fn, bind) = try cache.lookup(e.type, name, labels, trailing, in: site.registry, receiver: recvValue, values: vals, at: l) else {
                    if let r = try rt.resultMethod(e, name, vals) { return r }
                    if let r = try rt.userSequenceMethod(recvValue, name, labels, vals, builtin, at: l) { return r }
                    throw RunError(.runtime, "value of type '\(e.type.name)' has no member '\(name)'", at: l)
                }
                let final = try rt.applyBindings(bind, fn.params, vals)
                if fn.isMutating, let lv {
                    recvValue = .void
                    var result: Value = .void
                    try lv.access(f) { slot in result = try rt.invokeMutating(fn, final, self: &slot) }
                    return result
                }
                return try rt.invoke(fn, final, self: recvValue)
            case .type(let ref):
                // `self.helper(x)` inside a static method (or a closure in one): a static call.
                guard case .user(let t) = ref.kind, let fns = site.registry.staticMethods(t, name) else {
                    throw RunError(.runtime, "type '\(ref.name)' has no member '\(name)'", at: l)
                }
                for fn in fns.reversed() {
                    guard let bind = matchArguments(fn.params.map(\.shape), labels: labels, trailing: trailing) else { continue }
                    return try rt.invoke(fn, try rt.applyBindings(bind, fn.params, vals), self: recvValue)
                }
                throw RunError(.runtime, "no '\(name)' in '\(t.name)' takes these arguments", at: l)
            case .host(let h):
                if let lazy = h.payload as? LazySequence {
                    // `extension Sequence { func take(_:) }` applies to lazy sequences too.
                    if let registry = site.extensions, let fns = registry.builtinMethods(recvValue, name),
                       let r = try rt.callExtension(fns, name, labels, trailing, vals, receiver: &recvValue, lvalue: lv, f, at: l, trace: traceLine) {
                        return r
                    }
                    return try rt.lazyMethod(lazy, name, labels, vals, builtin: builtin, at: l)
                }
                guard let overloads = h.type.methods[name] else {
                    if let g = h.type.getters[name] {
                        let fv = try rt.hostCall(l) { try g(h) }
                        return try rt.hostCall(l, catchable: catchable) { try rt.call(fv, vals) }
                    }
                    throw RunError(.runtime, "value of type '\(h.type.name)' has no member '\(name)'", at: l)
                }
                return try rt.callHost(overloads, labels, trailing, vals, receiver: recvValue, at: l, catchable: catchable,
                                       what: "\(h.type.name).\(name)")
            default:
                if let registry = site.extensions, let fns = registry.builtinMethods(recvValue, name),
                   let r = try rt.callExtension(fns, name, labels, trailing, vals, receiver: &recvValue, lvalue: lv, f, at: l, trace: traceLine) {
                    return r
                }
                if case .range(let r) = recvValue, case .void = r.upper {
                    // `(1...).prefix(3)`, `(0...).first { … }`: an endless range is walked, not collected.
                    let v = recvValue
                    let endless = LazySequence(name: "PartialRangeFrom", isLazy: false) { try rt.elementStream(v, at: l) }
                    return try rt.lazyMethod(endless, name, labels, vals, builtin: builtin, at: l)
                }
                if site.takesPatterns, let r = try rt.patternMethod(recvValue, name, labels, vals, at: l) { return r }
                guard let builtin else {
                    throw RunError(.runtime, "value of type '\(recvValue.typeName)' has no member '\(name)'", at: l)
                }
                if builtin.mutating, let lv {
                    recvValue = .void
                    var result: Value = .void
                    try lv.access(f) { slot in
                        if let elemType, !vals.isEmpty { vals[0] = rt.coerce(vals[0], to: elemType) }
                        result = try builtin.run(rt, &slot, vals, l)
                    }
                    return result
                }
                return try builtin.run(rt, &recvValue, vals, l)
            }
        }
    }

    func staticCall(_ t: TypeRef.Kind, _ name: String, _ args: [CallArg], _ node: some SyntaxProtocol, _ expected: TypeSpec?) throws -> Eval {
        switch t {
        case .user(let ut):
            if let i = ut.caseIndex[name] {
                let c = ut.cases[i]
                let shapes = c.labels.enumerated().map { j, lab in
                    ParamShape(label: lab, hasDefault: j < c.defaults.count && c.defaults[j] != nil, variadic: false, isFunction: false)
                }
                guard let bind = matchArguments(shapes, labels: args.map(\.label), trailing: args.map(\.trailing)) else {
                    throw error("wrong arguments for enum case '\(name)'", node)
                }
                var evs: [Eval] = []
                for (j, b) in bind.enumerated() {
                    switch b {
                    case .arg(let ai): evs.append(try expr(args[ai].expr, j < c.types.count ? c.types[j] : nil))
                    default:
                        if j < c.defaults.count, let d = c.defaults[j] { evs.append { _ in try d(Frame.make(count: 8, parent: nil)) } }
                        else { evs.append { _ in .void } }
                    }
                }
                let rt = self.rt
                let types = c.types
                return { f in
                    var payload: [Value] = []
                    for (j, e) in evs.enumerated() { payload.append(rt.coerce(try e(f), to: j < types.count ? types[j] : nil)) }
                    return ut.caseValue(i, payload: payload)
                }
            }
            if let nested = ut.nestedTypes[name], let c = node.as(FunctionCallExprSyntax.self) {
                return try construct(nested, args, c)
            }
            // `.init(item: "Widget", qty: 3)` where the context gives the type.
            if name == "init", ut.kind != .protocolType, session.registry.staticMethods(ut, "init") == nil,
               let c = node.as(FunctionCallExprSyntax.self) ?? Syntax(node).parent?.as(FunctionCallExprSyntax.self) {
                return try construct(ut, args, c)
            }
            if let fs = session.registry.staticMethods(ut, name) {
                let tv = Value.type(TypeRef(.user(ut)))
                let dynamic = runtimeOverloads(fs, args)
                if !dynamic.isEmpty, let c = node.as(FunctionCallExprSyntax.self) { return try runtimeOverloadCall(dynamic, args, c, self: tv) }
                guard let (fn, bindings) = pickOverload(fs, args) else { throw labelMismatch(name, fs, args, node) }
                let (evs, inouts) = try argumentSources(fn.params, bindings, args)
                let rt = self.rt
                if !inouts.isEmpty { return staticInoutCall(fn, evs, inouts, self: tv) }
                return { f in
                    var vals: [Value] = []
                    for e in evs { vals.append(try e.run(f)) }
                    return try rt.invoke(fn, vals, self: tv)
                }
            }
            if name == "init", let c = node.as(FunctionCallExprSyntax.self) { return try construct(ut, args, c) }
            if let box = ut.staticBoxes[name] {
                return try dynamicCall({ _ in box.value }, args, node)
            }
            if let m = ut.methods[name]?.first, args.count == 1, args[0].label == nil {
                // `Point.moved(p)`: the instance method applied to `p`, as a function value.
                let rt = self.rt
                let instance = try expr(args[0].expr, .named(ut.name))
                return { f in rt.boundMethod(m, try instance(f)) }
            }
            throw error("type '\(ut.name)' has no member '\(name)'", node)
        case .host(let ht):
            if let fs = ht.staticMethods[name] { return try hostFunctionCall(fs, args, node, receiver: nil, what: "\(ht.name).\(name)") }
            if name == "init" { return try hostFunctionCall(ht.initializers, args, node, receiver: nil, what: ht.name) }
            if let v = ht.staticValues[name] { return try dynamicCall({ _ in v }, args, node) }
            throw error("type '\(ht.name)' has no member '\(name)'", node)
        case .builtin(let bn):
            if let table = builtinTable(bn) {
                if let fs = table.staticMethods[name] {
                    guard let (fn, bindings) = pickOverload(fs, args) else { throw labelMismatch(name, fs, args, node) }
                    let (evs, _) = try argumentSources(fn.params, bindings, args)
                    let rt = self.rt
                    let tv = Value.type(TypeRef(.builtin(bn)))
                    return { f in
                        var vals: [Value] = []
                        for e in evs { vals.append(try e.run(f)) }
                        return try rt.invoke(fn, vals, self: tv)
                    }
                }
                if name == "init", let c = node.as(FunctionCallExprSyntax.self), let ev = try extensionInit(table, args, c) { return ev }
                if let box = table.staticBoxes[name] { return try dynamicCall({ _ in box.value }, args, node) }
            }
            // Unicode scalars are Characters of one scalar here, and a view of them an array.
            if bn == "String", name == "UnicodeScalarView", args.isEmpty { return { _ in .array([]) } }
            return try builtinStaticCall(bn, name, args, node)
        }
    }

    // MARK: Host calls

    func hostType(_ s: String?) -> TypeSpec? {
        guard var s else { return nil }
        var arrays = 0
        while s.hasPrefix("[") && s.hasSuffix("]") { s = String(s.dropFirst().dropLast()); arrays += 1 }
        var t = TypeSpec.named(s, args: [])
        for _ in 0..<arrays { t = .array(t) }
        return t
    }

    func hostFunctionCall(_ fs: [HostFunction], _ args: [CallArg], _ node: some SyntaxProtocol, receiver: Eval?,
                          what: String? = nil) throws -> Eval {
        let labels = args.map(\.label), trailing = args.map(\.trailing)
        guard let (hf, bindings) = chooseHostOverload(fs, labels: labels, trailing: trailing) else {
            let given = (what ?? fs.first?.name ?? "function") + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
            let known = fs.map { f in f.name + "(" + f.params.map { ($0.label ?? "_") + ":" }.joined() + ")" }.joined(separator: ", ")
            throw error("no '\(given)' candidates: expected \(known.isEmpty ? "none" : known)", node)
        }
        var evs: [EvalRef] = []
        for (p, b) in zip(hf.params, bindings) {
            let t = hostType(p.type)
            switch b {
            case .arg(let ai):
                // `options: [.caseInsensitive]`: an option set's members as an array literal.
                var want = t
                if let t, case .named = t, let a = args[ai].expr.as(ArrayExprSyntax.self),
                   a.elements.allSatisfy({ $0.expression.as(MemberAccessExprSyntax.self)?.base == nil }) {
                    want = .array(t)
                }
                evs.append(EvalRef(try expr(args[ai].expr, want)))
            case .variadic(let idxs):
                let parts = try idxs.map { try expr(args[$0].expr, t) }
                evs.append(EvalRef { f in .array(try parts.map { try $0(f) }) })
            case .defaulted:
                let d = p.defaultValue ?? Value.none
                evs.append(EvalRef { _ in d })
            }
        }
        let rt = self.rt
        let s = session
        let l = loc(node)
        let catchable = tryDepth > 0
        let body = hf.body
        return { f in
            let recv = try receiver?(f)
            var vals: [Value] = []
            vals.reserveCapacity(evs.count)
            for e in evs { vals.append(try e.run(f)) }
            return try rt.hostCall(l, catchable: catchable) { try body(HostCall(arguments: vals, receiver: recv, session: s)) }
        }
    }

}
