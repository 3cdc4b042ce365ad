/// Operators whose operands are plain variables (`i * j`, `x - 1`, `i < n`): Int and Double
/// values are read where they live (`Place`), with no `Value` copies or operand closures; any
/// other operand kind goes to the general code. Builders are generic over the place kinds and
/// dispatched once at compile time.
extension Compiler {
    /// `a op b` for two places, or nil when `op` has no fast path.
    func placePairInfix(_ op: String, _ pa: Place, _ pb: Place, at l: Loc) -> Eval? {
        switch (pa, pb) {
        case (.local(let a), .local(let b)): return pairInfix(op, a, b, at: l)
        case (.local(let a), .global(let b)): return pairInfix(op, a, b, at: l)
        case (.global(let a), .local(let b)): return pairInfix(op, a, b, at: l)
        case (.global(let a), .global(let b)): return pairInfix(op, a, b, at: l)
        }
    }

    /// `a op b` as a condition for two places (`i < n`). `valueEquality`: other values compare
    /// with `==` as in expressions (conditions use the operator table, as their general code does).
    func placeComparison(_ op: String, _ pa: Place, _ pb: Place, valueEquality: Bool, at l: Loc) -> ((Frame) throws -> Bool)? {
        guard let code = comparisonCode(op) else { return nil }
        switch (pa, pb) {
        case (.local(let a), .local(let b)): return pairComparison(code, op, a, b, valueEquality, at: l)
        case (.local(let a), .global(let b)): return pairComparison(code, op, a, b, valueEquality, at: l)
        case (.global(let a), .local(let b)): return pairComparison(code, op, a, b, valueEquality, at: l)
        case (.global(let a), .global(let b)): return pairComparison(code, op, a, b, valueEquality, at: l)
        }
    }

    /// `a op k` as a condition for a place and a numeric literal (`n < 2`, `x > 0.5`).
    func placeConstantComparison(_ op: String, _ pa: Place, _ k: Value, general: @escaping (Frame) throws -> Bool) -> ((Frame) throws -> Bool)? {
        guard let code = comparisonCode(op) else { return nil }
        switch pa {
        case .local(let a): return constantComparison(code, a, k, general)
        case .global(let a): return constantComparison(code, a, k, general)
        }
    }

    /// `a op k` (or `k op a` when `constantOnLeft`) for + - * / with a numeric literal.
    func placeConstantInfix(_ code: Int, _ pa: Place, _ k: Value, constantOnLeft: Bool, general: @escaping Eval) -> Eval? {
        switch pa {
        case .local(let a): return constantInfix(code, a, k, constantOnLeft, general)
        case .global(let a): return constantInfix(code, a, k, constantOnLeft, general)
        }
    }

    func comparisonCode(_ op: String) -> Int? {
        switch op {
        case "<": return 0
        case ">": return 1
        case "<=": return 2
        case ">=": return 3
        case "==": return 4
        case "!=": return 5
        default: return nil
        }
    }

    // MARK: Generic builders

    private func pairInfix<A: ValuePlace, B: ValuePlace>(_ op: String, _ pa: A, _ pb: B, at l: Loc) -> Eval? {
        let rt = self.rt
        let general: Eval = { f in
            let x = pa.at(f).pointee, y = pb.at(f).pointee
            if op == "==" || op == "!=", !(x.isHost || y.isHost || x.isUserValue || y.isUserValue) {
                return .bool(op == "==" ? x == y : x != y)
            }
            return try rt.binary(op, x, y, at: l)
        }
        switch op {
        case "+":
            return { f in
                let x = pa.at(f), y = pb.at(f)
                if case .int(let p) = x.pointee, case .int(let q) = y.pointee {
                    let (r, o) = p.addingReportingOverflow(q)
                    if !o { return .int(r) }
                } else if case .double(let p) = x.pointee, case .double(let q) = y.pointee {
                    return .double(p + q)
                }
                return try general(f)
            }
        case "-":
            return { f in
                let x = pa.at(f), y = pb.at(f)
                if case .int(let p) = x.pointee, case .int(let q) = y.pointee {
                    let (r, o) = p.subtractingReportingOverflow(q)
                    if !o { return .int(r) }
                } else if case .double(let p) = x.pointee, case .double(let q) = y.pointee {
                    return .double(p - q)
                }
                return try general(f)
            }
        case "*":
            return { f in
                let x = pa.at(f), y = pb.at(f)
                if case .int(let p) = x.pointee, case .int(let q) = y.pointee {
                    let (r, o) = p.multipliedReportingOverflow(by: q)
                    if !o { return .int(r) }
                } else if case .double(let p) = x.pointee, case .double(let q) = y.pointee {
                    return .double(p * q)
                }
                return try general(f)
            }
        case "/":
            return { f in
                if case .double(let p) = pa.at(f).pointee, case .double(let q) = pb.at(f).pointee { return .double(p / q) }
                return try general(f)
            }
        case "%":
            // `n % d` (primes, digits, FizzBuzz); 0 and -1 divisors take the general path's trap.
            return { f in
                if case .int(let p) = pa.at(f).pointee, case .int(let q) = pb.at(f).pointee, q != 0, q != -1 { return .int(p % q) }
                return try general(f)
            }
        default:
            guard let code = comparisonCode(op) else { return nil }
            // As a value (not a condition) a comparison of host values may give a host value
            // (the engine's `tensor > other` is a 0/1 tensor): `general`, not a Bool, decides.
            return { f in
                let x = pa.at(f), y = pb.at(f)
                if case .int(let p) = x.pointee, case .int(let q) = y.pointee { return .bool(compare(code, p, q)) }
                if case .double(let p) = x.pointee, case .double(let q) = y.pointee { return .bool(compare(code, p, q)) }
                return try general(f)
            }
        }
    }

    private func pairComparison<A: ValuePlace, B: ValuePlace>(_ code: Int, _ op: String, _ pa: A, _ pb: B, _ valueEquality: Bool,
                                                              at l: Loc) -> (Frame) throws -> Bool {
        let rt = self.rt
        let slow: (Frame) throws -> Bool = { f in
            let x = pa.at(f).pointee, y = pb.at(f).pointee
            if valueEquality, code >= 4, !(x.isHost || y.isHost || x.isUserValue || y.isUserValue) {
                return code == 4 ? x == y : x != y
            }
            return try rt.truth(try rt.binary(op, x, y, at: l), at: l)
        }
        return { f in
            let x = pa.at(f), y = pb.at(f)
            if case .int(let p) = x.pointee, case .int(let q) = y.pointee { return compare(code, p, q) }
            if case .double(let p) = x.pointee, case .double(let q) = y.pointee { return compare(code, p, q) }
            return try slow(f)
        }
    }

    private func constantComparison<A: ValuePlace>(_ code: Int, _ pa: A, _ k: Value,
                                                   _ general: @escaping (Frame) throws -> Bool) -> ((Frame) throws -> Bool)? {
        switch k {
        case .int(let c):
            // One closure per operator: the comparison is not a run-time switch.
            let kd = Double(c)
            switch code {
            case 0:
                return { f in
                    let x = pa.at(f)
                    if case .int(let p) = x.pointee { return p < c }
                    if case .double(let p) = x.pointee { return p < kd }
                    return try general(f)
                }
            case 1:
                return { f in
                    let x = pa.at(f)
                    if case .int(let p) = x.pointee { return p > c }
                    if case .double(let p) = x.pointee { return p > kd }
                    return try general(f)
                }
            case 2:
                return { f in
                    let x = pa.at(f)
                    if case .int(let p) = x.pointee { return p <= c }
                    if case .double(let p) = x.pointee { return p <= kd }
                    return try general(f)
                }
            case 3:
                return { f in
                    let x = pa.at(f)
                    if case .int(let p) = x.pointee { return p >= c }
                    if case .double(let p) = x.pointee { return p >= kd }
                    return try general(f)
                }
            case 4:
                return { f in
                    let x = pa.at(f)
                    if case .int(let p) = x.pointee { return p == c }
                    if case .double(let p) = x.pointee { return p == kd }
                    return try general(f)
                }
            default:
                return { f in
                    let x = pa.at(f)
                    if case .int(let p) = x.pointee { return p != c }
                    if case .double(let p) = x.pointee { return p != kd }
                    return try general(f)
                }
            }
        case .double(let kd):
            return { f in
                if case .double(let p) = pa.at(f).pointee { return compare(code, p, kd) }
                return try general(f)
            }
        default:
            return nil
        }
    }

    private func constantInfix<A: ValuePlace>(_ code: Int, _ pa: A, _ k: Value, _ left: Bool, _ general: @escaping Eval) -> Eval? {
        if case .int(let c) = k, !left || code == 0 || code == 2 {
            // `x + 1`, `i * 7`, `n - 1` (and `1 + x`, `7 * i`): Int case first.
            let d = Double(c)
            switch code {
            case 0:
                return { f in
                    let x = pa.at(f)
                    if case .int(let v) = x.pointee {
                        let (r, o) = v.addingReportingOverflow(c)
                        if !o { return .int(r) }
                    } else if case .double(let v) = x.pointee { return .double(v + d) }
                    return try general(f)
                }
            case 1:
                return { f in
                    let x = pa.at(f)
                    if case .int(let v) = x.pointee {
                        let (r, o) = v.subtractingReportingOverflow(c)
                        if !o { return .int(r) }
                    } else if case .double(let v) = x.pointee { return .double(v - d) }
                    return try general(f)
                }
            case 2:
                return { f in
                    let x = pa.at(f)
                    if case .int(let v) = x.pointee {
                        let (r, o) = v.multipliedReportingOverflow(by: c)
                        if !o { return .int(r) }
                    } else if case .double(let v) = x.pointee { return .double(v * d) }
                    return try general(f)
                }
            default:
                return nil
            }
        }
        guard case .double(let d) = k else { return nil }
        // Double literals: `x * 0.5`, `9.8 * dt`, `1.0 - x`, `x / 10.0`.
        switch (code, left) {
        case (0, _): return { f in if case .double(let v) = pa.at(f).pointee { return .double(v + d) }; return try general(f) }
        case (2, _): return { f in if case .double(let v) = pa.at(f).pointee { return .double(v * d) }; return try general(f) }
        case (1, false): return { f in if case .double(let v) = pa.at(f).pointee { return .double(v - d) }; return try general(f) }
        case (1, true): return { f in if case .double(let v) = pa.at(f).pointee { return .double(d - v) }; return try general(f) }
        case (3, false): return { f in if case .double(let v) = pa.at(f).pointee { return .double(v / d) }; return try general(f) }
        case (3, true): return { f in if case .double(let v) = pa.at(f).pointee { return .double(d / v) }; return try general(f) }
        default: return nil
        }
    }
}

/// A comparison by code (see `comparisonCode`).
@inline(__always) func compare<T: Comparable>(_ code: Int, _ p: T, _ q: T) -> Bool {
    switch code {
    case 0: return p < q
    case 1: return p > q
    case 2: return p <= q
    case 3: return p >= q
    case 4: return p == q
    default: return p != q
    }
}
