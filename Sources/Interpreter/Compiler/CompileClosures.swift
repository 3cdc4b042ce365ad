import SwiftSyntax

/// Closure expressions: parameters (named, typed or `$0`), capture lists, bodies.
extension Compiler {
    func closure(_ c: ClosureExprSyntax, _ expected: TypeSpec?) throws -> Eval {
        if let transformed = try resultBuilderClosure(c, expected) { return transformed }
        let captures = try c.signature?.capture.map { try captureList($0) }
        let fc = FunctionContext(parent: captures?.context ?? ctx, name: "closure")
        var params: [Param] = []
        let template = Function(name: "closure", params: [])
        // `let f: (Double) -> Double = { x in … }`: the written-out type gives untyped parameters
        // and the result their types, as Swift's inference does.
        var expectedParams: [TypeSpec] = [], expectedResult: TypeSpec?
        if case .signature(let ps, let r)? = expected {
            expectedParams = ps
            if r != .tuple([]) { expectedResult = r }
        }
        func inferred(_ i: Int) -> TypeSpec? { i < expectedParams.count ? expectedParams[i] : nil }
        try withFunction(fc) {
            fc.returnType = expectedResult
            if let sig = c.signature {
                switch sig.parameterClause {
                case .simpleInput(let list)?:
                    for (i, p) in list.enumerated() {
                        _ = fc.declare(p.name.text, type: inferred(i), mutable: false)
                        params.append(Param(label: nil, name: p.name.text, type: inferred(i)))
                    }
                case .parameterClause(let clause)?:
                    for (i, p) in clause.parameters.enumerated() {
                        let t = p.type.map { typeSpec($0) } ?? inferred(i)
                        _ = fc.declare(p.firstName.text, type: t, mutable: false)
                        params.append(Param(label: nil, name: p.firstName.text, type: t))
                    }
                case nil: break
                }
                if let r = sig.returnClause { fc.returnType = typeSpec(r.type) }
            } else {
                let n = shorthandCount(Syntax(c.statements))
                for i in 0..<n {
                    let l = fc.declare("$\(i)", type: inferred(i), mutable: false)
                    fc.shorthandSlots.append(l.slot)
                    params.append(Param(label: nil, name: "$\(i)", type: inferred(i)))
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
        if let captures, captures.weakSelf { return weakSelfClosure(template, captures) }
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
    func captureList(_ list: ClosureCaptureClauseSyntax) throws -> CaptureList {
        let cc = FunctionContext(parent: ctx, name: ctx.name)
        var values: [EvalRef] = []
        var names: [(String, TypeSpec?)] = []
        var weakSelf = false
        for item in list.items {
            let weakness = item.specifier?.specifier.tokenKind
            let isWeak = weakness == .keyword(.weak)
            let name = item.name.text
            if let initial = item.initializer {
                let ev = try expr(initial.value)
                // `[weak x = y]` reads as an optional; the lifetime stays the definer's.
                values.append(EvalRef(isWeak ? { f in try ev(f).asOptional } : ev))
                names.append((name, staticType(initial.value)))
            } else if name == "self" {
                // `[self]`: self is reachable as it is; `[weak self]`/`[unowned self]` hold it weakly.
                if weakness != nil, ctx.selfType?.kind == .classType { weakSelf = true }
                continue
            } else {
                guard case .variable(let ref) = resolve(name) else { throw error("cannot find '\(name)' in scope", item.name) }
                let ev = load(ref)
                values.append(EvalRef(isWeak ? { f in try ev(f).asOptional } : ev))
                names.append((name, isWeak ? ref.type.map { $0.isOptional ? $0 : .optional($0) } : ref.type))
            }
        }
        for (name, type) in names { _ = cc.declare(name, type: type, mutable: false) }
        return CaptureList(context: cc, values: values, weakSelf: weakSelf)
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
