import SwiftSyntax

/// Infix operators (with Int-literal adaptation and Int/Double fast paths) and assignment.
extension Compiler {
    func infix(_ inf: InfixOperatorExprSyntax, _ expected: TypeSpec?) throws -> Eval {
        if inf.operator.is(AssignmentExprSyntax.self) { return try assignment(inf.leftOperand, "=", inf.rightOperand, inf) }
        guard let opNode = inf.operator.as(BinaryOperatorExprSyntax.self) else {
            throw unsupported("this operator", inf.operator)
        }
        let op = opNode.operator.text
        let l = loc(opNode)
        let rt = self.rt
        switch op {
        case "=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&+=", "&-=", "&*=", "&<<=", "&>>=":
            return try assignment(inf.leftOperand, op, inf.rightOperand, inf)
        case "&&", "||":
            let a = try condition(inf.leftOperand), b = try condition(inf.rightOperand)
            if op == "&&" { return { f in .bool(try a(f) && (try b(f))) } }
            return { f in .bool(try a(f) || (try b(f))) }
        case "??":
            // `nested ?? 9` with `nested: Int??` is an `Int?`: the default gets wrapped too.
            if case .optional(.optional(let w))? = staticType(inf.leftOperand) {
                let a = try expr(inf.leftOperand), b = try expr(inf.rightOperand, .optional(w))
                let t = TypeSpec.optional(w)
                return { f in
                    if case .some(let x) = try a(f) { return x }
                    return rt.coerce(try b(f), to: t)
                }
            }
            let inner: TypeSpec? = expected.map { t in if case .optional(let w) = t { return w }; return t }
            // `rates[k] ?? 0` with `rates: [String: Double]`: the literal is a Double.
            var leftWrapped: TypeSpec?
            if isNumericLiteral(inf.rightOperand), case .optional(let w)? = staticType(inf.leftOperand), w == .double || w == .float { leftWrapped = w }
            let a = try expr(inf.leftOperand), b = try expr(inf.rightOperand, inner ?? leftWrapped ?? staticType(inf.rightOperand))
            return { f in
                switch try a(f) {
                case .none: return try b(f)
                case .some(let w): return w
                case let v: return v
                }
            }
        default: break
        }
        if !["+", "-", "*", "/", "%", "<", ">", "<=", ">=", "==", "!=", "===", "!==", "..<", "...",
             "&+", "&-", "&*", "&", "|", "^", "<<", ">>", "&<<", "&>>", "~="].contains(op) {
            return try customInfix(inf, op, opNode)
        }
        let arithmetic = ["+", "-", "*", "/", "%"].contains(op)
        let lhsType = staticType(inf.leftOperand), rhsType = staticType(inf.rightOperand)
        // Literals take the type of the other operand, or the expected result type.
        var lExp: TypeSpec? = nil, rExp: TypeSpec? = nil
        let wanted = arithmetic ? expected : nil
        if isNumericLiteral(inf.leftOperand) { lExp = numericContext(rhsType) ?? wanted } else { lExp = wanted }
        if isNumericLiteral(inf.rightOperand) { rExp = numericContext(lhsType) ?? wanted } else { rExp = wanted }
        if op == "==" || op == "!=" { lExp = lExp ?? rhsType; rExp = rExp ?? lhsType }
        let oa = try operand(inf.leftOperand, lExp), ob = try operand(inf.rightOperand, rExp)
        let adaptA = isNumericLiteral(inf.leftOperand), adaptB = isNumericLiteral(inf.rightOperand)
        if adaptB != adaptA {
            let (x, literal) = adaptB ? (oa, ob) : (ob, oa)
            if case .constant(let k) = literal,
               let folded = constantOperandInfix(op, x, k, constantOnLeft: adaptA, at: l) { return folded }
        }
        if !adaptA, !adaptB, let pa = oa.place, let pb = ob.place, let fast = placePairInfix(op, pa, pb, at: l) {
            return fast
        }
        @inline(__always) func operands(_ f: Frame) throws -> (Value, Value) {
            var x = try oa.get(f), y = try ob.get(f)
            if adaptA { x = Runtime.adaptLiteral(x, to: y) }
            if adaptB { y = Runtime.adaptLiteral(y, to: x) }
            return (x, y)
        }
        func generalInfix() -> Eval {
            switch op {
            case "+":
                return { f in
                    let (x, y) = try operands(f)
                    if case .int(let p) = x, case .int(let q) = y {
                        let (r, o) = p.addingReportingOverflow(q)
                        if o { throw RunError(.runtime, Runtime.overflow, at: l) }
                        return .int(r)
                    }
                    if case .double(let p) = x, case .double(let q) = y { return .double(p + q) }
                    return try rt.binary(op, x, y, at: l)
                }
            case "-":
                return { f in
                    let (x, y) = try operands(f)
                    if case .int(let p) = x, case .int(let q) = y {
                        let (r, o) = p.subtractingReportingOverflow(q)
                        if o { throw RunError(.runtime, Runtime.overflow, at: l) }
                        return .int(r)
                    }
                    if case .double(let p) = x, case .double(let q) = y { return .double(p - q) }
                    return try rt.binary(op, x, y, at: l)
                }
            case "*":
                return { f in
                    let (x, y) = try operands(f)
                    if case .int(let p) = x, case .int(let q) = y {
                        let (r, o) = p.multipliedReportingOverflow(by: q)
                        if o { throw RunError(.runtime, Runtime.overflow, at: l) }
                        return .int(r)
                    }
                    if case .double(let p) = x, case .double(let q) = y { return .double(p * q) }
                    return try rt.binary(op, x, y, at: l)
                }
            case "/":
                return { f in
                    let (x, y) = try operands(f)
                    if case .double(let p) = x, case .double(let q) = y { return .double(p / q) }
                    if case .int(let p) = x, case .int(let q) = y, q != 0, q != -1 { return .int(p / q) }
                    return try rt.binary(op, x, y, at: l)
                }
            case "%":
                return { f in
                    let (x, y) = try operands(f)
                    if case .int(let p) = x, case .int(let q) = y, q != 0, q != -1 { return .int(p % q) }
                    return try rt.binary(op, x, y, at: l)
                }
            case "<", ">", "<=", ">=":
                let code = ["<": 0, ">": 1, "<=": 2, ">=": 3][op] ?? 0
                return { f in
                    let (x, y) = try operands(f)
                    if case .int(let p) = x, case .int(let q) = y {
                        switch code {
                        case 0: return .bool(p < q)
                        case 1: return .bool(p > q)
                        case 2: return .bool(p <= q)
                        default: return .bool(p >= q)
                        }
                    }
                    if case .double(let p) = x, case .double(let q) = y {
                        switch code {
                        case 0: return .bool(p < q)
                        case 1: return .bool(p > q)
                        case 2: return .bool(p <= q)
                        default: return .bool(p >= q)
                        }
                    }
                    return try rt.binary(op, x, y, at: l)
                }
            case "==":
                return { f in
                    let (x, y) = try operands(f)
                    if case .int(let p) = x, case .int(let q) = y { return .bool(p == q) }
                    if x.isHost || y.isHost || x.isUserValue || y.isUserValue { return try rt.binary(op, x, y, at: l) }
                    return .bool(x == y)
                }
            case "!=":
                return { f in
                    let (x, y) = try operands(f)
                    if case .int(let p) = x, case .int(let q) = y { return .bool(p != q) }
                    if x.isHost || y.isHost || x.isUserValue || y.isUserValue { return try rt.binary(op, x, y, at: l) }
                    return .bool(x != y)
                }
            default:
                return { f in
                    let (x, y) = try operands(f)
                    return try rt.binary(op, x, y, at: l)
                }
            }
        }
        let g = generalInfix()
        if !adaptA, !adaptB, let fast = selfFieldPairInfix(op, oa, ob, general: g) { return fast }
        return g
    }

    func isNumericLiteral(_ e: ExprSyntax) -> Bool {
        if e.is(IntegerLiteralExprSyntax.self) || e.is(FloatLiteralExprSyntax.self) { return true }
        if let p = e.as(PrefixOperatorExprSyntax.self), p.operator.text == "-" { return isNumericLiteral(p.expression) }
        if let t = e.as(TupleExprSyntax.self), t.elements.count == 1, let only = t.elements.first {
            return isNumericLiteral(only.expression)
        }
        if let inf = e.as(InfixOperatorExprSyntax.self), let op = inf.operator.as(BinaryOperatorExprSyntax.self),
           ["+", "-", "*", "/"].contains(op.operator.text) {
            return isNumericLiteral(inf.leftOperand) && isNumericLiteral(inf.rightOperand)
        }
        return false
    }

    func numericContext(_ t: TypeSpec?) -> TypeSpec? {
        switch t {
        case .double?, .float?: return t
        default: return nil
        }
    }

    // MARK: Assignment

    func assignment(_ lhs: ExprSyntax, _ op: String, _ rhs: ExprSyntax, _ node: some SyntaxProtocol) throws -> Eval {
        // (Not `a ?? b`: the generic `??` stores the closure reabstracted, and every
        // assignment then ran through a pair of conversion thunks.)
        var inner: Eval
        if let user = try userCompoundAssignment(lhs, op, rhs, node) { inner = user } else {
            inner = try assignmentBody(lhs, op, rhs, node)
        }
        if op == "=", let fast = try dictionaryStore(lhs, rhs, general: inner) { inner = fast.run }
        guard hasOptionalChain(Syntax(lhs)) else { return inner }
        // `c?.n += 5` does nothing when c is nil.
        return { f in
            do { return try inner(f) } catch is NilChain { return .void }
        }
    }

    func assignmentBody(_ lhs: ExprSyntax, _ op: String, _ rhs: ExprSyntax, _ node: some SyntaxProtocol) throws -> Eval {
        if lhs.is(DiscardAssignmentExprSyntax.self) {
            let v = try expr(rhs)
            return { f in _ = try v(f); return .void }
        }
        if op == "=", let t = lhs.as(TupleExprSyntax.self), t.elements.count > 1 {
            let targets = try t.elements.map { try lvalue($0.expression) }
            let v = try expr(rhs)
            let l = loc(node)
            let rt = self.rt
            return { f in
                let items = try rt.tupleElements(try v(f), at: l)
                for (target, item) in zip(targets, items) {
                    let x = rt.coerce(item, to: target.type)
                    try target.access(f) { $0 = x }
                }
                return .void
            }
        }
        if let fast = try variableAssignment(lhs, op, rhs, node) { return fast.run }
        let target = try lvalue(lhs)
        let declared = target.type ?? staticType(lhs)
        let rt = self.rt
        let l = loc(node)
        if op == "=" {
            let v = try expr(rhs, declared)
            let access = target.access
            if declared == nil || declared == .int || declared == .string || declared == .bool {
                return { f in
                    let x = try v(f)
                    try access(f) { slot in slot = Runtime.keepKind(of: slot, x) }
                    return .void
                }
            }
            return { f in
                let x = rt.coerce(try v(f), to: declared)
                try access(f) { $0 = x }
                return .void
            }
        }
        let binop = String(op.dropLast())
        let inner: TypeSpec? = { if case .optional(let w)? = declared { return w }; return declared }()
        let v = try expr(rhs, isNumericLiteral(rhs) ? (numericContext(inner) ?? nil) : inner)
        let adapt = isNumericLiteral(rhs)
        let access = target.access
        if binop == "+" {
            return { f in
                var y = try v(f)
                try access(f) { slot in
                    if adapt { y = Runtime.adaptLiteral(y, to: slot) }
                    if case .int(let p) = slot, case .int(let q) = y {
                        let (r, o) = p.addingReportingOverflow(q)
                        if o { throw RunError(.runtime, Runtime.overflow, at: l) }
                        slot = .int(r)
                    } else if case .double(let p) = slot, case .double(let q) = y {
                        slot = .double(p + q)
                    } else {
                        // Strings and arrays grow in place (see `compoundSlow`).
                        try rt.compoundSlow(0, "+", &slot, y, at: l)
                    }
                }
                return .void
            }
        }
        return { f in
            var y = try v(f)
            try access(f) { slot in
                if adapt { y = Runtime.adaptLiteral(y, to: slot) }
                slot = try rt.binary(binop, slot, y, at: l)
            }
            return .void
        }
    }
}

extension Runtime {
    /// `slot op= y` for Int and Double operands in place; nil for anything else.
    @inline(__always) static func compound(_ code: Int, _ slot: inout Value, _ y: Value, at l: Loc) throws -> Bool {
        if code < 3, case .int(let p) = slot, case .int(let q) = y {
            let (r, o): (Int, Bool)
            switch code {
            case 0: (r, o) = p.addingReportingOverflow(q)
            case 1: (r, o) = p.subtractingReportingOverflow(q)
            default: (r, o) = p.multipliedReportingOverflow(by: q)
            }
            if o { throw RunError(.runtime, Runtime.overflow, at: l) }
            slot = .int(r)
            return true
        }
        if case .double(let p) = slot, case .double(let q) = y {
            switch code {
            case 0: slot = .double(p + q)
            case 1: slot = .double(p - q)
            case 2: slot = .double(p * q)
            default: slot = .double(p / q)
            }
            return true
        }
        return false
    }

    /// An Int (or Double) literal takes the numeric type of the other operand.
    @inline(__always) static func adaptLiteral(_ v: Value, to other: Value) -> Value {
        switch (v, other) {
        case (.int(let x), .double): return .double(Double(x))
        case (.int(let x), .float): return .float(Float(x))
        case (.double(let x), .float): return .float(Float(x))
        default: return v
        }
    }

    /// Assigning to a variable of unknown declared type keeps its kind: an Int assigned to a
    /// Double variable becomes a Double, a value assigned to an optional is wrapped.
    @inline(__always) static func keepKind(of old: Value, _ new: Value) -> Value {
        switch (old, new) {
        case (.int, .int): return new
        case (.double, .int(let x)): return .double(Double(x))
        case (.float, .int(let x)): return .float(Float(x))
        case (.float, .double(let x)): return .float(Float(x))
        case (.none, .none), (.some, .none), (.none, .some), (.some, .some): return new
        case (.some, .void), (.none, .void): return new
        case (.some, _), (.none, _): return .some(new)
        default: return new
        }
    }
}
