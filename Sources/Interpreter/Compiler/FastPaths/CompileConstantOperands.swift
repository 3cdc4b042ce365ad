/// Infix operators with one numeric literal operand (`n - 1`, `i * 7 % 11`, `9.8 * dt`): the
/// literal is folded into the operator's closure instead of being a closure of its own.
extension Compiler {
    /// A closure for `x op k` (or `k op x` when `constantOnLeft`), or nil for other operators.
    func constantOperandInfix(_ op: String, _ operand: Operand, _ k: Value, constantOnLeft: Bool, at l: Loc) -> Eval? {
        let code: Int
        switch op {
        case "+": code = 0
        case "-": code = 1
        case "*": code = 2
        case "/": code = 3
        case "%": code = 4
        case "<": code = 5
        case ">": code = 6
        case "<=": code = 7
        case ">=": code = 8
        case "==": code = 9
        case "!=": code = 10
        default: return nil
        }
        var ki: Int?
        var kd: Double?
        switch k {
        case .int(let i): ki = i; kd = Double(i)
        case .double(let d): kd = d
        default: return nil
        }
        let rt = self.rt
        let left = constantOnLeft
        if case .selfField(let i) = operand, code <= 3,
           let general = constantOperandInfix(op, .eval({ f in try operand.get(f) }), k, constantOnLeft: left, at: l),
           let fast = selfFieldConstantInfix(code, i, k, constantOnLeft: left, general: general) {
            return fast
        }
        if let place = operand.place, code <= 3 {
            // A variable and a literal: read in place; anything else through the code below.
            if let general = constantOperandInfix(op, .eval({ f in try operand.get(f) }), k, constantOnLeft: left, at: l),
               let fast = placeConstantInfix(code, place, k, constantOnLeft: left, general: general) {
                return fast
            }
        }
        return { f in
            let x = try operand.get(f)
            if case .int(let v) = x, let c = ki {
                let (p, q) = left ? (c, v) : (v, c)
                switch code {
                case 0:
                    let (r, o) = p.addingReportingOverflow(q)
                    if !o { return .int(r) }
                case 1:
                    let (r, o) = p.subtractingReportingOverflow(q)
                    if !o { return .int(r) }
                case 2:
                    let (r, o) = p.multipliedReportingOverflow(by: q)
                    if !o { return .int(r) }
                case 3: if q != 0 && q != -1 { return .int(p / q) }
                case 4: if q != 0 && q != -1 { return .int(p % q) }
                case 5: return .bool(p < q)
                case 6: return .bool(p > q)
                case 7: return .bool(p <= q)
                case 8: return .bool(p >= q)
                case 9: return .bool(p == q)
                default: return .bool(p != q)
                }
            } else if case .double(let v) = x, let c = kd {
                let (p, q) = left ? (c, v) : (v, c)
                switch code {
                case 0: return .double(p + q)
                case 1: return .double(p - q)
                case 2: return .double(p * q)
                case 3: return .double(p / q)
                case 4: break
                case 5: return .bool(p < q)
                case 6: return .bool(p > q)
                case 7: return .bool(p <= q)
                case 8: return .bool(p >= q)
                case 9: return .bool(p == q)
                default: return .bool(p != q)
                }
            }
            // Everything else (overflow, division by zero, Float, host values) as before.
            let y = Runtime.adaptLiteral(k, to: x)
            let (a, b) = left ? (y, x) : (x, y)
            if code >= 9, !(a.isHost || b.isHost || a.isUserValue || b.isUserValue) {
                return .bool(code == 9 ? a == b : a != b)
            }
            return try rt.binary(op, a, b, at: l)
        }
    }

    /// The value of a numeric literal operand, computed once at compile time.
    func literalValue(_ ev: Eval) -> Value? {
        try? ev(Frame.make(count: 1, parent: nil))
    }
}
