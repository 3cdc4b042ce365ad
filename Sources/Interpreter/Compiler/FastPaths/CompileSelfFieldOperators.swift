/// Operators on stored properties of `self` inside methods (`vx * dt`, `y < 0`, `200 - x`):
/// the property is read from the instance directly and Int/Double handled inline, like the
/// plain-variable operators in `CompilePlaceOperators`.
protocol ValueSource {
    func read(_ f: Frame) -> Value
}

extension LocalPlace: ValueSource {
    @inline(__always) func read(_ f: Frame) -> Value { f.slots[slot] }
}

extension GlobalPlace: ValueSource {
    @inline(__always) func read(_ f: Frame) -> Value { box.cell.pointee }
}

struct SelfFieldSource: ValueSource {
    let index: Int
    @inline(__always) func read(_ f: Frame) -> Value {
        switch f.slots.pointee {
        case .structure(let i), .object(let i): return i.fields[index]
        default: return .void
        }
    }
}

extension Compiler {
    /// `a op b` for + - * / when one operand is a property of self and the other a property,
    /// local or global; nil otherwise.
    func selfFieldPairInfix(_ op: String, _ a: Operand, _ b: Operand, general: @escaping Eval) -> Eval? {
        guard let code = ["+": 0, "-": 1, "*": 2, "/": 3][op] else { return nil }
        switch (a, b) {
        case (.selfField(let i), .selfField(let j)): return sourcePair(code, SelfFieldSource(index: i), SelfFieldSource(index: j), general)
        case (.selfField(let i), .slot(let s)): return sourcePair(code, SelfFieldSource(index: i), LocalPlace(slot: s), general)
        case (.slot(let s), .selfField(let i)): return sourcePair(code, LocalPlace(slot: s), SelfFieldSource(index: i), general)
        case (.selfField(let i), .global(let g)): return sourcePair(code, SelfFieldSource(index: i), GlobalPlace(box: g), general)
        case (.global(let g), .selfField(let i)): return sourcePair(code, GlobalPlace(box: g), SelfFieldSource(index: i), general)
        default: return nil
        }
    }

    /// `field op k` / `k op field` for + - * / with a numeric literal.
    func selfFieldConstantInfix(_ code: Int, _ index: Int, _ k: Value, constantOnLeft left: Bool, general: @escaping Eval) -> Eval? {
        let src = SelfFieldSource(index: index)
        let ki: Int?, kd: Double
        switch k {
        case .int(let c): ki = c; kd = Double(c)
        case .double(let d): ki = nil; kd = d
        default: return nil
        }
        guard code <= 3 else { return nil }
        return { f in
            switch src.read(f) {
            case .double(let v):
                let (p, q) = left ? (kd, v) : (v, kd)
                switch code {
                case 0: return .double(p + q)
                case 1: return .double(p - q)
                case 2: return .double(p * q)
                default: return .double(p / q)
                }
            case .int(let v):
                if let c = ki, code <= 2 {
                    let (p, q) = left ? (c, v) : (v, c)
                    let (r, o): (Int, Bool)
                    switch code {
                    case 0: (r, o) = p.addingReportingOverflow(q)
                    case 1: (r, o) = p.subtractingReportingOverflow(q)
                    default: (r, o) = p.multipliedReportingOverflow(by: q)
                    }
                    if !o { return .int(r) }
                }
            default: break
            }
            return try general(f)
        }
    }

    /// `field op k` as a condition with a numeric literal.
    func selfFieldConstantComparison(_ op: String, _ index: Int, _ k: Value,
                                     general: @escaping (Frame) throws -> Bool) -> ((Frame) throws -> Bool)? {
        guard let code = comparisonCode(op) else { return nil }
        let src = SelfFieldSource(index: index)
        let ki: Int?, kd: Double
        switch k {
        case .int(let c): ki = c; kd = Double(c)
        case .double(let d): ki = nil; kd = d
        default: return nil
        }
        return { f in
            switch src.read(f) {
            case .double(let p): return compare(code, p, kd)
            case .int(let p): if let c = ki { return compare(code, p, c) }
            default: break
            }
            return try general(f)
        }
    }

    private func sourcePair<A: ValueSource, B: ValueSource>(_ code: Int, _ a: A, _ b: B, _ general: @escaping Eval) -> Eval {
        { f in
            let x = a.read(f), y = b.read(f)
            if case .double(let p) = x, case .double(let q) = y {
                switch code {
                case 0: return .double(p + q)
                case 1: return .double(p - q)
                case 2: return .double(p * q)
                default: return .double(p / q)
                }
            }
            if case .int(let p) = x, case .int(let q) = y, code <= 2 {
                let (r, o): (Int, Bool)
                switch code {
                case 0: (r, o) = p.addingReportingOverflow(q)
                case 1: (r, o) = p.subtractingReportingOverflow(q)
                default: (r, o) = p.multipliedReportingOverflow(by: q)
                }
                if !o { return .int(r) }
            }
            return try general(f)
        }
    }
}
