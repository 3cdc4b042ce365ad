import SwiftSyntax

/// One argument at a call site.
struct CallArg {
    var label: String?
    var expr: ExprSyntax
    var trailing: Bool
    var isInout: Bool { expr.is(InOutExprSyntax.self) }
}

/// The shape of a parameter for argument matching.
struct ParamShape {
    var label: String?
    var hasDefault: Bool
    var variadic: Bool
    var isFunction: Bool
}

extension Param {
    /// What argument matching needs: an `@autoclosure` parameter does not take a trailing
    /// closure (Swift's forward scan skips it when it has a default).
    var shape: ParamShape {
        ParamShape(label: label, hasDefault: defaultValue != nil, variadic: variadic, isFunction: type?.isFunction == true && !autoclosure)
    }
}

/// Where each parameter's value comes from.
enum ArgBinding: Equatable {
    case arg(Int)
    case variadic([Int])
    case defaulted
}

/// Matches call arguments to parameters by label, as Swift does (defaults may be skipped,
/// a trailing closure fills the next function parameter).
func matchArguments(_ params: [ParamShape], labels: [String?], trailing: [Bool]) -> [ArgBinding]? {
    var out: [ArgBinding] = []
    var ai = 0
    let n = labels.count
    for p in params {
        if p.variadic {
            var taken: [Int] = []
            if ai < n && labels[ai] == p.label {
                taken.append(ai); ai += 1
                while ai < n && labels[ai] == nil && !trailing[ai] { taken.append(ai); ai += 1 }
            }
            out.append(.variadic(taken))
            continue
        }
        if ai < n && labels[ai] == p.label && !(trailing[ai] && !p.isFunction && p.hasDefault) {
            out.append(.arg(ai)); ai += 1
        } else if ai < n && trailing[ai] && labels[ai] == nil && (p.isFunction || !p.hasDefault) {
            out.append(.arg(ai)); ai += 1
        } else if p.hasDefault {
            out.append(.defaulted)
        } else {
            return nil
        }
    }
    return ai == n ? out : nil
}

extension Compiler {
    func callArgs(_ c: FunctionCallExprSyntax) -> [CallArg] {
        var args = c.arguments.map { CallArg(label: $0.label?.text, expr: $0.expression, trailing: false) }
        if let t = c.trailingClosure { args.append(CallArg(label: nil, expr: ExprSyntax(t), trailing: true)) }
        for t in c.additionalTrailingClosures {
            args.append(CallArg(label: t.label.text, expr: ExprSyntax(t.closure), trailing: true))
        }
        return args
    }

    func call(_ c: FunctionCallExprSyntax, _ expected: TypeSpec?) throws -> Eval {
        let args = callArgs(c)
        let callee = c.calledExpression
        let result: Eval
        if let d = callee.as(DeclReferenceExprSyntax.self) {
            result = try callNamed(d.baseName.text, args, c, expected)
        } else if let m = callee.as(MemberAccessExprSyntax.self) {
            result = try callMember(m, args, c, expected)
        } else if let a = callee.as(ArrayExprSyntax.self), a.elements.count == 1, let el = a.elements.first {
            let elem = typeFromExpr(el.expression)
            result = try builtinInit("Array", args, c, elementType: elem)
        } else if let d = callee.as(DictionaryExprSyntax.self), case .elements(let els) = d.content, els.count == 1 {
            result = try builtinInit("Dictionary", args, c, elementType: nil)
        } else if let g = callee.as(GenericSpecializationExprSyntax.self), let (t, spec) = specializedType(g) {
            result = try construct(t, args, c, specialized: spec)
        } else if let g = callee.as(GenericSpecializationExprSyntax.self), let d = g.expression.as(DeclReferenceExprSyntax.self),
                  builtinTypeNames.contains(d.baseName.text) {
            let elem: TypeSpec? = g.genericArgumentClause.arguments.first.flatMap { arg in
                if case .type(let t) = arg.argument { return typeSpec(t) }
                return nil
            }
            result = try builtinInit(d.baseName.text, args, c, elementType: elem)
        } else {
            let fv = try chainBase(callee)
            result = try dynamicCall(fv, args, c)
        }
        return chainTop(c, result)
    }

    /// A type written as an expression (`Double` in `[Double]()`).
    func typeFromExpr(_ e: ExprSyntax) -> TypeSpec? {
        if let d = e.as(DeclReferenceExprSyntax.self) { return TypeSpec.named(d.baseName.text, args: []) }
        if let a = e.as(ArrayExprSyntax.self), a.elements.count == 1, let el = a.elements.first {
            return typeFromExpr(el.expression).map { .array($0) }
        }
        return nil
    }

    /// Calls a function value with positional arguments (closures in variables, call results).
    func dynamicCall(_ fv: @escaping Eval, _ args: [CallArg], _ node: some SyntaxProtocol) throws -> Eval {
        let evs = try args.map { EvalRef(try expr($0.expr)) }
        let rt = self.rt
        let l = loc(node)
        let labels = args.map(\.label), trailing = args.map(\.trailing)
        return { f in
            let callee = try fv(f)
            var vals: [Value] = []
            vals.reserveCapacity(evs.count)
            for e in evs { vals.append(try e.run(f)) }
            if let result = try rt.callAsFunction(callee, labels, trailing, vals, at: l) { return result }
            return try rt.hostCall(l) { try rt.call(callee, vals) }
        }
    }

    static let optionSetMethodNames: Set<String> = [
        "contains", "insert", "remove", "update", "union", "intersection", "subtracting", "symmetricDifference",
        "isSubset", "isSuperset", "isDisjoint", "isStrictSubset", "isStrictSuperset", "formUnion", "formIntersection",
        "formSymmetricDifference", "subtract",
    ]

    /// The notebook type whose instance method (or initializer) is being compiled.
    func instanceSelfType() -> UserType? {
        var c: FunctionContext? = ctx
        while let cur = c {
            if let t = cur.selfType { return cur.isStatic ? nil : t }
            c = cur.parent
        }
        return nil
    }

    func callNamed(_ name: String, _ args: [CallArg], _ node: FunctionCallExprSyntax, _ expected: TypeSpec?) throws -> Eval {
        switch resolve(name) {
        case .variable(let ref):
            return try dynamicCall(load(ref), args, node)
        case .accessor(let a, let depth):
            return try dynamicCall(accessorLoad(a, depth), args, node)
        case .functions(let fs):
            return try callUserFunction(fs, args, node, name: name)
        case .userType(let t):
            return try construct(t, args, node, specialized: expected)
        case .selfMember(let depth, let t, let member):
            if selfMemberIsMethod(t, member) {
                let selfLV = LValue(access: { f, body in try Runtime.modifySlot(f.ancestor(depth), 0, body) }, type: nil)
                let load = selfLoad(depth)
                return try methodCall(receiver: { f in load(f) }, lvalue: selfLV, member, args, node)
            }
            let getter = try reference(DeclReferenceExprSyntax(baseName: .identifier(name)), nil)
            return try dynamicCall(getter, args, node)
        case .selfStatic(let t, let member):
            return try staticCall(.user(t), member, args, node, expected)
        case .hostFunction(let fs):
            return try hostFunctionCall(fs, args, node, receiver: nil)
        case .hostType(let t):
            return try hostFunctionCall(t.initializers, args, node, receiver: nil, what: "initializer for '\(t.name)'")
        case .hostValue(let v):
            return try dynamicCall({ _ in v }, args, node)
        case .none:
            if let t = instanceSelfType(), t.conformances.contains("OptionSet"), Compiler.optionSetMethodNames.contains(name) {
                // `contains(.peanuts)` inside the option set's own methods: a call on `self`.
                let depth = try selfDepth(node)
                let selfLV = LValue(access: { f, body in try Runtime.modifySlot(f.ancestor(depth), 0, body) }, type: nil)
                return try methodCall(receiver: selfLoad(depth), lvalue: ctx.isMutating ? selfLV : nil, name, args, node,
                                      elementType: nil, argTypes: nil)
            }
            if name == "Self", let t = selfTypeReference() {
                // `class func make() -> Self { Self(…) }` called on a subclass builds the subclass.
                if case .user(let ut) = t, ut.kind == .classType, ctx.isStatic,
                   let (fn, bindings) = pickOverload(ut.initializerCandidates, args) {
                    let (evs, _) = try argumentSources(fn.params, bindings, args)
                    let load = try selfValue(node), rt = self.rt, key = fn.signatureKey
                    return { f in
                        var vals: [Value] = []
                        for e in evs { vals.append(try e.run(f)) }
                        guard case .type(let r) = try load(f), case .user(let dynamic) = r.kind,
                              let chosen = dynamic.initializer(matching: key) else { return try rt.construct(ut, fn, vals) }
                        return try rt.construct(dynamic, chosen, vals)
                    }
                }
                if case .user(let ut) = t { return try construct(ut, args, node, specialized: expected) }
                if case .builtin(let bn) = t { return try callStandardLibrary(bn, args, node, expected) }
            }
            if !builtinTypeNames.contains(name), let t = aliasedUserType(name) { return try construct(t, args, node) }
            if let s = genericSource(name) { return try dynamicCall(genericTypeValue(s, node.calledExpression), args, node) }
            if let (t, depth) = selfGenericParameter(name, node) { return try selfGenericCall(name, t, depth: depth, args, node) }
            return try callStandardLibrary(name, args, node, expected)
        }
    }

    /// A call of a standard type's initializer or a standard function (`Int(s)`, `max(a, b)`,
    /// `Swift.max(a, b)` inside a type that has its own `max`).
    func callStandardLibrary(_ name: String, _ args: [CallArg], _ node: FunctionCallExprSyntax, _ expected: TypeSpec?) throws -> Eval {
        if builtinTypeNames.contains(name) {
            if let table = builtinTable(name), let ev = try extensionInit(table, args, node) { return ev }
            return try builtinInit(name, args, node, elementType: nil)
        }
        if let b = try builtinFunction(name, args, node, expected) { return b }
        throw error("cannot find '\(name)' in scope", node.calledExpression)
    }

    // MARK: User functions

    /// Argument evaluators in parameter order (defaults, variadic arrays, inout lvalues).
    func argumentSources(_ params: [Param], _ bindings: [ArgBinding], _ args: [CallArg]) throws -> ([EvalRef], [(Int, LValue)]) {
        var evs: [EvalRef] = []
        var inouts: [(Int, LValue)] = []
        for (i, (p, b)) in zip(params, bindings).enumerated() {
            switch b {
            case .arg(let ai):
                if let io = args[ai].expr.as(InOutExprSyntax.self) {
                    let lv = try lvalue(io.expression)
                    inouts.append((i, lv))
                    evs.append(EvalRef { f in try lv.get(f) })
                } else if p.autoclosure {
                    evs.append(EvalRef(try autoclosureArgument(args[ai].expr)))
                } else {
                    evs.append(EvalRef(try expr(args[ai].expr, p.type)))
                }
            case .variadic(let idxs):
                var elem: TypeSpec?
                if case .array(let e)? = p.type { elem = e }
                let parts = try idxs.map { try expr(args[$0].expr, elem) }
                evs.append(EvalRef { f in .array(try parts.map { try $0(f) }) })
            case .defaulted:
                guard let d = p.defaultValue else { evs.append(EvalRef { _ in .void }); continue }
                evs.append(EvalRef { _ in try d(Frame.make(count: 8, parent: nil)) })
            }
        }
        return (evs, inouts)
    }

    func callUserFunction(_ fs: [Function], _ args: [CallArg], _ node: FunctionCallExprSyntax, name: String) throws -> Eval {
        let dynamic = runtimeOverloads(fs, args)
        if !dynamic.isEmpty { return try runtimeOverloadCall(dynamic, args, node) }
        guard let (fn, bindings) = pickOverload(fs, args) else { throw labelMismatch(name, fs, args, node) }
        let (evs, inouts) = try argumentSources(fn.params, bindings, args)
        let types = fn.params.map(\.type)
        let rt = self.rt
        let l = loc(node)
        let traceLine = "at \(fn.fullName) called from \(file.path):\(file.firstLine - 1 + l.line)"
        let n = evs.count
        if inouts.isEmpty {
            // Plain arguments: read directly when they are slots, globals or literals.
            var ops: [Operand] = []
            for (i, b) in bindings.enumerated() {
                if case .arg(let ai) = b, !fn.params[i].autoclosure { ops.append(try operand(args[ai].expr, types[i])) } else { ops.append(.eval(evs[i].run)) }
            }
            let site = UserCallSite(fn: fn, rt: rt, args: ops, types: types, loc: l, trace: traceLine)
            if n == 1 { return { f in try site.callOne(f) } }
            return { f in try site.call(f) }
        }
        return { f in
            let frame = Frame.make(count: fn.slotCount, parent: fn.captured)
            for i in 0..<n { frame.slots[i] = rt.coerce(try evs[i].run(f), to: types[i]) }
            for (_, lv) in inouts { try lv.takeForInout(f) }
            let result: Value
            do {
                try rt.pushDepth()
                defer { rt.depth -= 1 }
                result = try fn.body(frame)
            } catch {
                for (i, lv) in inouts { let v = frame.slots[i]; try lv.access(f) { $0 = v } }
                if let e = error as? RunError { e.callTrace.lines.append(traceLine); throw e }
                throw error
            }
            for (i, lv) in inouts { let v = frame.slots[i]; try lv.access(f) { $0 = v } }
            return result
        }
    }

    /// Calls the first of `candidates` whose parameter types the argument values have (the
    /// first candidate when none fits exactly; arguments are then adapted as usual). `selfValue`
    /// is the type of a static method.
    func runtimeOverloadCall(_ candidates: [Function], _ args: [CallArg], _ node: FunctionCallExprSyntax,
                             self selfValue: Value? = nil) throws -> Eval {
        let evs = try args.map { EvalRef(try expr($0.expr)) }
        let rt = self.rt
        let l = loc(node)
        let where_ = "called from \(file.path):\(file.firstLine - 1 + l.line)"
        return { f in
            var vals: [Value] = []
            vals.reserveCapacity(evs.count)
            for e in evs { vals.append(try e.run(f)) }
            let fn = rt.firstTaking(vals, of: candidates) ?? candidates[0]
            do { return try rt.invoke(fn, vals, self: selfValue) } catch var e as RunError {
                if !e.loc.isKnown { e.loc = l }
                e.callTrace.lines.append("at \(fn.fullName) \(where_)")
                throw e
            }
        }
    }

    // MARK: Initializers

    func construct(_ t: UserType, _ args: [CallArg], _ node: FunctionCallExprSyntax, specialized: TypeSpec? = nil) throws -> Eval {
        if t.kind == .protocolType { throw error("'any \(t.name)' cannot be constructed because it has no accessible initializers", node) }
        let bindings = genericBindings(t, specialized)
        if args.isEmpty, t.conformances.contains("OptionSet"), !t.initializers.contains(where: { $0.params.isEmpty }) {
            let rt = self.rt
            let l = loc(node)
            return { _ in try rt.optionSetLiteral(t, [], at: l) }
        }
        if t.kind == .enumeration {
            if args.count == 1, args[0].label == "rawValue" {
                let v = try expr(args[0].expr, t.rawType)
                return { f in
                    let raw = try v(f)
                    if let i = t.cases.firstIndex(where: { $0.rawValue == raw }) { return .some(t.caseValue(i)) }
                    return .none
                }
            }
            if t.initializers.isEmpty { throw error("'\(t.name)' cannot be constructed because it has no accessible initializers", node) }
        }
        let initializers = t.kind == .classType ? t.initializerCandidates : t.initializers
        let dynamic = bindings.isEmpty ? runtimeOverloads(initializers, args) : []
        if !dynamic.isEmpty {
            // `init(points: [Point])` beside `init(points: [(Double, Double)])`: chosen from the values.
            let evs = try args.map { EvalRef(try expr($0.expr)) }
            let rt = self.rt
            return { f in
                var vals: [Value] = []
                vals.reserveCapacity(evs.count)
                for e in evs { vals.append(try e.run(f)) }
                let fn = rt.firstTaking(vals, of: dynamic) ?? dynamic[0]
                return try rt.construct(t, fn, vals)
            }
        }
        if !initializers.isEmpty, let (fn, argBindings) = pickOverload(initializers, args) {
            let (evs, _) = try argumentSources(fn.params.map { $0.substituting(bindings) }, argBindings, args)
            let rt = self.rt
            let typeArgs: [TypeSpec]? = bindings.isEmpty ? nil : t.genericParams.map { bindings[$0] ?? .any }
            return { f in
                var vals: [Value] = []
                vals.reserveCapacity(evs.count)
                for e in evs { vals.append(try e.run(f)) }
                let v = try rt.construct(t, fn, vals)
                if let typeArgs { v.unwrapped?.instance?.typeArgs = typeArgs }
                return v
            }
        }
        // Memberwise initializer (structs) or the implicit `init()` (classes with defaults).
        if !t.memberwiseAvailable || t.kind == .enumeration { throw labelMismatch(t.name, t.initializers, args, node) }
        let params = t.kind == .structure ? memberwiseParams(t).map { $0.substituting(bindings) } : []
        guard let argBindings = matchArguments(shapes(params), labels: args.map(\.label), trailing: args.map(\.trailing)) else {
            let fake = Function(name: t.name, params: params)
            throw labelMismatch(t.name, [fake], args, node)
        }
        let (evs, _) = try argumentSources(params, argBindings, args)
        let fieldTypes = t.properties.map { $0.type?.substituting(bindings) }
        let typeArgs: [TypeSpec]? = bindings.isEmpty ? nil : t.genericParams.map { bindings[$0] ?? .any }
        let rt = self.rt
        let names = params.map(\.name)
        let fieldIndex = names.map { t.propertyIndex[$0] ?? 0 }
        if evs.count == fieldIndex.count {
            let layout = MemberwiseLayout(t, fieldIndex: fieldIndex, fieldTypes: fieldTypes, typeArgs: typeArgs)
            return { f in try layout.make(f, evs, rt) }
        }
        return { f in
            var fields = [Value](repeating: .void, count: t.properties.count)
            for (i, p) in t.properties.enumerated() where p.initial != nil {
                if let initial = p.initial { fields[i] = rt.coerce(try initial(Frame.make(count: 8, parent: nil)), to: p.type) }
            }
            for i in 0..<evs.count {
                let p = t.properties[fieldIndex[i]]
                let v = try evs[i].run(f)
                if case .void = v, p.wrapping?.defaultsToWrapperInit == true { continue }
                fields[fieldIndex[i]] = try p.wrapping?.wrap(v) ?? rt.coerce(v, to: fieldTypes[fieldIndex[i]])
            }
            let inst = Instance.make(type: t, fields: fields, typeArgs: typeArgs)
            return t.kind == .classType ? .object(inst) : .structure(inst)
        }
    }

    func memberwiseParams(_ t: UserType) -> [Param] {
        t.properties.compactMap { p in
            // `@W var x = v` is initialized as `x:` with the wrapped value (wrapped in `construct`).
            if let w = p.wrapping { return Param(label: String(p.name.dropFirst()), name: p.name, type: nil, defaultValue: w.defaultValue) }
            if !p.mutable && p.initial != nil { return nil }
            return Param(label: p.name, name: p.name, type: p.type, defaultValue: p.initial)
        }
    }
}

extension Compiler {
    /// An argument for an `@autoclosure` parameter: a closure that evaluates the expression in
    /// the caller's frame only when (and each time) the callee calls it.
    func autoclosureArgument(_ e: ExprSyntax) throws -> Eval {
        let ev = try expr(e)
        return { f in
            let thunk = Function(name: "autoclosure", params: [])
            thunk.native = { _ in try ev(f) }
            return .function(thunk)
        }
    }
}
