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
        let recv = try chainBase(base)
        var lv: LValue?
        if !base.is(OptionalChainingExprSyntax.self), isAssignable(base) { lv = try? lvalue(base) }
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
        if let t = e.as(TupleExprSyntax.self), t.elements.count == 1, let only = t.elements.first { return isAssignable(only.expression) }
        return false
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
            return ["append", "insert"].contains(name) ? elementType : nil
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
        let elemType = elementType
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
        // Kept in `site` (the closure below captures no more values than before: each one costs per call).
        if session.registry.extensionMemberNames.contains(name) { site.extensions = session.registry }
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
                recvValue = try receiver(f)
            }
            switch recvValue {
            case .structure(let inst), .object(let inst):
                guard let (fn, bind) = try cache.lookup(inst.type, name, labels, trailing, in: site.registry, receiver: recvValue, at: l) else {
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
                guard let (fn, bind) = try cache.lookup(e.type, name, labels, trailing, in: site.registry, receiver: recvValue, at: l) else {
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
            case .host(let h):
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
                guard let builtin else {
                    throw RunError(.runtime, "value of type '\(recvValue.typeName)' has no member '\(name)'", at: l)
                }
                if builtin.mutating, let lv {
                    recvValue = .void
                    var result: Value = .void
                    try lv.access(f) { slot in
                        if let elemType { vals = vals.map { rt.coerce($0, to: elemType) } }
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
            if let fs = session.registry.staticMethods(ut, name) {
                guard let (fn, bindings) = pickOverload(fs, args) else { throw labelMismatch(name, fs, args, node) }
                let (evs, inouts) = try argumentSources(fn.params, bindings, args)
                let rt = self.rt
                let tv = Value.type(TypeRef(.user(ut)))
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
        var chosen: (HostFunction, [ArgBinding])?
        for hf in fs {
            let shapes = hf.params.map { ParamShape(label: $0.label, hasDefault: $0.defaultValue != nil, variadic: $0.variadic, isFunction: false) }
            if let b = matchArguments(shapes, labels: labels, trailing: trailing) { chosen = (hf, b); break }
        }
        guard let (hf, bindings) = chosen else {
            let given = (what ?? fs.first?.name ?? "function") + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
            let known = fs.map { f in f.name + "(" + f.params.map { ($0.label ?? "_") + ":" }.joined() + ")" }.joined(separator: ", ")
            throw error("no '\(given)' candidates: expected \(known.isEmpty ? "none" : known)", node)
        }
        var evs: [EvalRef] = []
        for (p, b) in zip(hf.params, bindings) {
            let t = hostType(p.type)
            switch b {
            case .arg(let ai): evs.append(EvalRef(try expr(args[ai].expr, t)))
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

    // MARK: Closures

    func closure(_ c: ClosureExprSyntax, _ expected: TypeSpec?) throws -> Eval {
        let captures = try c.signature?.capture.map { try captureList($0) }
        let fc = FunctionContext(parent: captures?.context ?? ctx, name: "closure")
        var params: [Param] = []
        let template = Function(name: "closure", params: [])
        try withFunction(fc) {
            if let sig = c.signature {
                switch sig.parameterClause {
                case .simpleInput(let list)?:
                    for p in list {
                        _ = fc.declare(p.name.text, type: nil, mutable: false)
                        params.append(Param(label: nil, name: p.name.text))
                    }
                case .parameterClause(let clause)?:
                    for p in clause.parameters {
                        let t = p.type.map { typeSpec($0) }
                        _ = fc.declare(p.firstName.text, type: t, mutable: false)
                        params.append(Param(label: nil, name: p.firstName.text, type: t))
                    }
                case nil: break
                }
                if let r = sig.returnClause { fc.returnType = typeSpec(r.type) }
            } else {
                let n = shorthandCount(Syntax(c.statements))
                for i in 0..<n {
                    let l = fc.declare("$\(i)", type: nil, mutable: false)
                    fc.shorthandSlots.append(l.slot)
                    params.append(Param(label: nil, name: "$\(i)"))
                }
            }
            template.params = params
            template.returnType = fc.returnType
            let stmts = c.statements
            if stmts.count == 1, let only = stmts.first, case .expr(let e) = only.item,
               !e.is(IfExprSyntax.self), !e.is(SwitchExprSyntax.self) {
                let ev = try expr(e, fc.returnType)
                template.body = ev
            } else if let direct = try tailBody(stmts) {
                template.body = direct
            } else {
                let body = try block(stmts)
                template.body = { frame in
                    if case .returned = try body(frame) { return frame.ret }
                    return .void
                }
            }
        }
        template.slotCount = fc.slotCount
        template.framesEscape = createsClosures(Syntax(c.statements))
        if let captures {
            // The captured values live in a small frame between the closure and its definer.
            let values = captures.values
            let count = captures.context.slotCount
            return { f in
                let held = Frame.make(count: count, parent: f)
                for (i, v) in values.enumerated() { held.slots[i] = try v.run(f) }
                return .function(template.withCapture(held))
            }
        }
        return { f in .function(template.withCapture(f)) }
    }

    /// A capture list (`[x, y = a + b]`): the values, evaluated where the closure is created,
    /// and a scope binding their names as constants (slots in the same order).
    func captureList(_ list: ClosureCaptureClauseSyntax) throws -> (context: FunctionContext, values: [EvalRef]) {
        let cc = FunctionContext(parent: ctx, name: ctx.name)
        var values: [EvalRef] = []
        var names: [(String, TypeSpec?)] = []
        for item in list.items {
            if let spec = item.specifier { throw unsupported("'\(spec.specifier.text)' captures", spec) }
            let name = item.name.text
            if let initial = item.initializer {
                values.append(EvalRef(try expr(initial.value)))
                names.append((name, staticType(initial.value)))
            } else if name == "self" {
                continue  // `[self]`: self is reachable as it is without a capture list
            } else {
                guard case .variable(let ref) = resolve(name) else { throw error("cannot find '\(name)' in scope", item.name) }
                values.append(EvalRef(load(ref)))
                names.append((name, ref.type))
            }
        }
        for (name, type) in names { _ = cc.declare(name, type: type, mutable: false) }
        return (cc, values)
    }

    /// The number of `$n` parameters a closure body uses (ignoring nested closures).
    func shorthandCount(_ node: Syntax) -> Int {
        var maxIndex = -1
        func walk(_ n: Syntax) {
            if n.is(ClosureExprSyntax.self) { return }
            if let tok = n.as(TokenSyntax.self), case .dollarIdentifier(let text) = tok.tokenKind, let k = Int(text.dropFirst()) {
                maxIndex = max(maxIndex, k)
            }
            for child in n.children(viewMode: .sourceAccurate) { walk(child) }
        }
        walk(node)
        return maxIndex + 1
    }
}

/// Per-call-site cache of the method chosen for the last receiver type.
final class MethodCache {
    var type: UserType?
    var fn: Function?
    var bindings: [ArgBinding] = []
    /// The bindings take the arguments as they are (no defaults, variadics or reordering).
    var identity = false
    /// Set for a mutating struct method taking the arguments as they are (the in-place fast
    /// path): everything that path needs in one immutable object, read once per call.
    var resolved: ResolvedMethod?
    /// Set for a non-mutating method of a struct or class taking the arguments as they are.
    var direct: ResolvedMethod?

    func lookup(_ t: UserType, _ name: String, _ labels: [String?], _ trailing: [Bool], in registry: TypeRegistry,
                receiver: Value, at l: Loc) throws -> (Function, [ArgBinding])? {
        if t === type, let fn { return (fn, bindings) }
        guard let candidates = name == "init" ? t.initializers : registry.methods(t, name, for: receiver) else { return nil }
        for fn in candidates.reversed() {
            let shapes = fn.params.map { ParamShape(label: $0.label, hasDefault: $0.defaultValue != nil, variadic: $0.variadic, isFunction: $0.type == .function) }
            if let b = matchArguments(shapes, labels: labels, trailing: trailing) {
                type = t
                self.fn = fn
                bindings = b
                identity = b.count == labels.count && b.enumerated().allSatisfy { i, x in
                    if case .arg(let k) = x { return k == i }
                    return false
                }
                let fast = identity && fn.isMutating && t.kind == .structure && fn.native == nil && fn.hasSelf
                resolved = fast ? ResolvedMethod(type: t, fn: fn) : nil
                let plain = identity && !fn.isMutating && (t.kind == .structure || t.kind == .classType) && fn.native == nil && fn.hasSelf
                direct = plain ? ResolvedMethod(type: t, fn: fn) : nil
                return (fn, b)
            }
        }
        let given = name + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
        throw RunError(.runtime, "no method '\(given)' in '\(t.name)'", at: l)
    }
}

extension Runtime {
    /// Orders positional call values by parameter, filling defaults and variadic arrays.
    func applyBindings(_ bindings: [ArgBinding], _ params: [Param], _ vals: [Value]) throws -> [Value] {
        var out: [Value] = []
        out.reserveCapacity(bindings.count)
        for (b, p) in zip(bindings, params) {
            switch b {
            case .arg(let i): out.append(vals[i])
            case .variadic(let idxs): out.append(.array(idxs.map { vals[$0] }))
            case .defaulted: out.append(try p.defaultValue?(Frame.make(count: 8, parent: nil)) ?? .void)
            }
        }
        return out
    }

    /// Calls a host overload chosen at run time (methods of host values).
    func callHost(_ fs: [HostFunction], _ labels: [String?], _ trailing: [Bool], _ vals: [Value], receiver: Value?,
                  at l: Loc, catchable: Bool, what: String) throws -> Value {
        for hf in fs {
            let shapes = hf.params.map { ParamShape(label: $0.label, hasDefault: $0.defaultValue != nil, variadic: $0.variadic, isFunction: false) }
            guard let b = matchArguments(shapes, labels: labels, trailing: trailing) else { continue }
            var out: [Value] = []
            for (p, bind) in zip(hf.params, b) {
                switch bind {
                case .arg(let i): out.append(vals[i])
                case .variadic(let idxs): out.append(.array(idxs.map { vals[$0] }))
                case .defaulted: out.append(p.defaultValue ?? Value.none)
                }
            }
            return try hostCall(l, catchable: catchable) { try hf.body(HostCall(arguments: out, receiver: receiver, session: session)) }
        }
        let given = what + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
        throw RunError(.runtime, "no '\(given)' candidates", at: l)
    }
}

/// A method chosen at a call site, with its parameter types to coerce to (nil: none needed).
final class ResolvedMethod {
    let type: UserType
    let fn: Function
    let argTypes: [TypeSpec?]

    init(type: UserType, fn: Function) {
        self.type = type
        self.fn = fn
        self.argTypes = fn.argTypes
    }
}

/// The in-place call of a mutating struct method on a variable, array element or property (see
/// `methodCall`), kept in one object so the per-call work reads few captured values.
final class MutatingCallSite {
    let cache: MethodCache
    let access: Access
    let arg0: Operand
    let args: [Operand]
    let rt: Runtime
    let trace: String
    /// Member lookup for the general path; `extensions` is set when extensions of standard
    /// types declare a member of this name (checked before builtin members). Unowned: the
    /// session owns the registry, whose tables hold the functions that hold this site.
    unowned(unsafe) var registry: TypeRegistry
    unowned(unsafe) var extensions: TypeRegistry?
    /// `xs.append(x)` on a plain receiver: try `appendInPlace` first.
    var appends = false

    init(cache: MethodCache, access: @escaping Access, args: [Operand], rt: Runtime, trace: String) {
        self.cache = cache
        self.access = access
        self.arg0 = args.first ?? .constant(.void)
        self.args = args
        self.rt = rt
        self.trace = trace
        self.registry = rt.session.registry
    }

    /// The method's result, or nil when the receiver is not of the cached type (then `vals`
    /// holds the evaluated arguments for the general path).
    func call(_ f: Frame, _ vals: inout [Value]) throws -> Value? {
        guard let r = cache.resolved else { return nil }
        let fn = r.fn, cachedType = r.type
        var frame = fn.takeFrame()
        if args.count == 1 {
            var v = try arg0.get(f)
            if let t = r.argTypes[0] { v = rt.coerce(v, to: t) }
            frame.slots[1] = v
        } else {
            for i in 0..<args.count {
                var v = try args[i].get(f)
                if let t = r.argTypes[i] { v = rt.coerce(v, to: t) }
                frame.slots[1 + i] = v
            }
        }
        var result: Value = .void
        var hit = false
        let rt = self.rt
        do {
            try access(f) { slot in
                guard slot.userType === cachedType else { return }
                hit = true
                result = try rt.runMutating(fn, frame, self: &slot)
            }
        } catch let e as RunError where hit {
            e.callTrace.lines.append(trace)
            throw e
        }
        if hit {
            fn.recycle(&frame)
            return result
        }
        vals = (0..<args.count).map { frame.slots[1 + $0] }
        return nil
    }
}
