import SwiftSyntax

/// Conditions of if, guard and while: Boolean expressions, optional bindings, case patterns, availability.
extension Compiler {
    /// Compiles `if`/`while`/`guard` conditions (`x > 0`, `let y = opt`, `case .a(let v) = e`),
    /// binding names in the current scope.
    func conditions(_ list: ConditionElementListSyntax) throws -> (Frame) throws -> Bool {
        var parts: [CondRef] = []
        for c in list {
            switch c.condition {
            case .expression(let e):
                parts.append(CondRef(try condition(e)))
            case .optionalBinding(let b):
                let source: Eval
                if let i = b.initializer {
                    source = try expr(i.value)
                } else if let id = b.pattern.as(IdentifierPatternSyntax.self) {
                    source = try expr(ExprSyntax(DeclReferenceExprSyntax(baseName: id.identifier)))
                } else {
                    throw unsupported("this optional binding", b)
                }
                let declared = b.typeAnnotation.map { typeSpec($0.type) }
                let bind = try patternBinder(b.pattern, type: declared, mutable: b.bindingSpecifier.tokenKind == .keyword(.var))
                if let i = b.initializer, let fast = try dictionaryBinding(i.value, general: source, bind: bind) {
                    parts.append(fast)
                    continue
                }
                parts.append(CondRef { f in
                    switch try source(f) {
                    case .none: return false
                    case .some(let v): try bind(f, v); return true
                    case let v: try bind(f, v); return true
                    }
                })
            case .matchingPattern(let m):
                let source = try expr(m.initializer.value)
                let p = try pattern(m.pattern, binding: false)
                parts.append(CondRef { f in try p(f, try source(f)) })
            case .availability:
                // `#available(iOS 15, *)`: a notebook runs on a current platform.
                parts.append(CondRef { _ in true })
            }
        }
        if parts.count == 1 { return parts[0].run }
        let all = parts
        return { f in
            for p in all where !(try p.run(f)) { return false }
            return true
        }
    }

    func condition(_ e: ExprSyntax) throws -> (Frame) throws -> Bool {
        if let fast = try comparisonCondition(e) { return fast }
        let ev = try expr(e, .bool)
        let l = loc(e)
        return { f in
            if case .bool(let b) = try ev(f) { return b }
            throw RunError(.runtime, "condition is not a Bool", at: l)
        }
    }

    /// `a < b` (and friends) on Int/Double evaluated without boxing the Bool.
    func comparisonCondition(_ e: ExprSyntax) throws -> ((Frame) throws -> Bool)? {
        guard let inf = e.as(InfixOperatorExprSyntax.self), let op = inf.operator.as(BinaryOperatorExprSyntax.self) else { return nil }
        let text = op.operator.text
        guard let code = ["<": 0, ">": 1, "<=": 2, ">=": 3, "==": 4, "!=": 5][text] else {
            if text == "&&" || text == "||" {
                let a = try condition(inf.leftOperand), b = try condition(inf.rightOperand)
                if text == "&&" { return { f in try a(f) && (try b(f)) } }
                return { f in try a(f) || (try b(f)) }
            }
            return nil
        }
        let general = try infix(inf, .bool)
        guard !isNumericLiteral(inf.leftOperand) else { return nil }
        let lhs = try operand(inf.leftOperand)
        let rt = self.rt
        let l = loc(op)
        if let i = inf.rightOperand.as(IntegerLiteralExprSyntax.self) {
            let k = try intLiteral(i)
            let dk = Double(k)
            if let pa = lhs.place {
                // A variable compared with an Int literal, read in place.
                let generic: (Frame) throws -> Bool = { f in try rt.truth(try general(f), at: l) }
                if let fast = placeConstantComparison(text, pa, .int(k), general: generic) { return fast }
            }
            if case .selfField(let idx) = lhs {
                let generic: (Frame) throws -> Bool = { f in try rt.truth(try general(f), at: l) }
                if let fast = selfFieldConstantComparison(text, idx, .int(k), general: generic) { return fast }
            }
            return { f in
                if let p = lhs.peekInt(f) { return compare(code, p, k) }
                let x = try lhs.get(f)
                if case .int(let p) = x {
                    return compare(code, p, k)
                }
                if case .double(let p) = x {
                    return compare(code, p, dk)
                }
                return try rt.truth(try general(f), at: l)
            }
        }
        if inf.rightOperand.is(FloatLiteralExprSyntax.self), case .constant(let k) = try operand(inf.rightOperand, .double) {
            let generic: (Frame) throws -> Bool = { f in try rt.truth(try general(f), at: l) }
            if let pa = lhs.place, let fast = placeConstantComparison(text, pa, k, general: generic) { return fast }
            if case .selfField(let idx) = lhs, let fast = selfFieldConstantComparison(text, idx, k, general: generic) { return fast }
        }
        guard !isNumericLiteral(inf.rightOperand) else { return nil }
        let rhs = try operand(inf.rightOperand)
        if let pa = lhs.place, let pb = rhs.place, let fast = placeComparison(text, pa, pb, valueEquality: false, at: l) {
            return fast
        }
        return { f in
            if let p = lhs.peekInt(f), let q = rhs.peekInt(f) { return compare(code, p, q) }
            let x = try lhs.get(f), y = try rhs.get(f)
            if case .int(let p) = x, case .int(let q) = y {
                switch code {
                case 0: return p < q
                case 1: return p > q
                case 2: return p <= q
                case 3: return p >= q
                case 4: return p == q
                default: return p != q
                }
            }
            if case .double(let p) = x, case .double(let q) = y {
                switch code {
                case 0: return p < q
                case 1: return p > q
                case 2: return p <= q
                case 3: return p >= q
                case 4: return p == q
                default: return p != q
                }
            }
            return try rt.truth(try rt.binary(text, x, y, at: l), at: l)
        }
    }
}
