enum CalcError: Error { case underflow, badToken(String) }
func evalRPN(_ expr: String) throws -> Double {
    var stack: [Double] = []
    for token in expr.split(separator: " ") {
        let t = String(token)
        if let v = Double(t) {
            stack.append(v)
            continue
        }
        guard stack.count >= 2 else { throw CalcError.underflow }
        let b = stack.removeLast()
        let a = stack.removeLast()
        switch t {
        case "+": stack.append(a + b)
        case "-": stack.append(a - b)
        case "*": stack.append(a * b)
        case "/": stack.append(a / b)
        default: throw CalcError.badToken(t)
        }
    }
    return stack.last ?? 0
}
for e in ["3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "2 3 ^"] {
    do {
        print(e, "=", try evalRPN(e))
    } catch {
        print(e, "error:", error)
    }
}

// expect: 3 4 + 2 * = 14.0
// expect: 5 1 2 + 4 * + 3 - = 14.0
// expect: 1 + error: underflow
// expect: 2 3 ^ error: badToken("^")
