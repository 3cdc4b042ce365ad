/// Operators on fixed-width integers at their own width: trapping `+ - * / %`, wrapping
/// `&+ &- &*`, smart and masking shifts, bitwise operators and comparisons.
extension Runtime {
    /// The operator applied when either operand is a fixed-width integer; nil when it does not
    /// apply (the caller goes on to user operators and its error).
    func fixedBinary(_ op: String, _ a: Value, _ b: Value, at l: Loc) throws -> Value? {
        switch (a, b) {
        case let (.fixed(x), .fixed(y)):
            if Runtime.isShift(op) { return try x.kind.visit(FixedShift(op: op, x: x.bits, by: y.wide, kind: x.kind)) }
            return try x.kind.visit(FixedArith(op: op, x: x.bits, y: y.bits, kind: x.kind, at: l))
        case let (.fixed(x), .int(y)):
            // An Int operand here is a literal typed by the other side (`x + 1`, `x << 2`).
            if Runtime.isShift(op) { return try x.kind.visit(FixedShift(op: op, x: x.bits, by: .signed(Int64(y)), kind: x.kind)) }
            return try x.kind.visit(FixedArith(op: op, x: x.bits, y: UInt64(truncatingIfNeeded: y), kind: x.kind, at: l))
        case let (.int(x), .fixed(y)):
            if Runtime.isShift(op) { return try IntKind.int.visit(FixedShift(op: op, x: UInt64(truncatingIfNeeded: x), by: y.wide, kind: .int)) }
            return try y.kind.visit(FixedArith(op: op, x: UInt64(truncatingIfNeeded: x), y: y.bits, kind: y.kind, at: l))
        default:
            return nil
        }
    }

    static func isShift(_ op: String) -> Bool { op == "<<" || op == ">>" || op == "&<<" || op == "&>>" }

    /// `-x`, `~x`, `+x` of a fixed-width integer.
    func fixedPrefix(_ op: String, _ x: FixedInt, at l: Loc) throws -> Value? {
        switch op {
        case "+": return .fixed(x)
        case "-":
            guard x.kind.isSigned else { return nil }
            return try x.kind.visit(FixedArith(op: "-", x: 0, y: x.bits, kind: x.kind, at: l))
        case "~": return .fixed(FixedInt(bits: ~x.bits, kind: x.kind).normalized)
        default: return nil
        }
    }
}

extension FixedInt {
    /// The same value with its bits re-truncated to its width (after a 64-bit bit operation).
    var normalized: FixedInt {
        (try? kind.visit(Renormalize(bits: bits, kind: kind))) ?? self
    }
}

private struct Renormalize: FixedVisitor {
    let bits: UInt64, kind: IntKind
    func visit<T: FixedWidthInteger>(_ t: T.Type) -> FixedInt { FixedInt(T(truncatingIfNeeded: bits), kind) }
}

/// Arithmetic, bitwise and comparison operators at the width of `T`.
struct FixedArith: FixedVisitor {
    let op: String
    let x: UInt64, y: UInt64
    let kind: IntKind
    let at: Loc

    func visit<T: FixedWidthInteger>(_ t: T.Type) throws -> Value {
        let a = T(truncatingIfNeeded: x), b = T(truncatingIfNeeded: y)
        switch op {
        case "+": return try checked(a.addingReportingOverflow(b))
        case "-": return try checked(a.subtractingReportingOverflow(b))
        case "*": return try checked(a.multipliedReportingOverflow(by: b))
        case "/":
            if b == 0 { throw RunError(.runtime, "Fatal error: Division by zero", at: at) }
            let r = a.dividedReportingOverflow(by: b)
            if r.overflow { throw RunError(.runtime, "Fatal error: Division results in an overflow", at: at) }
            return wrap(r.partialValue)
        case "%":
            if b == 0 { throw RunError(.runtime, "Fatal error: Division by zero in remainder operation", at: at) }
            let r = a.remainderReportingOverflow(dividingBy: b)
            if r.overflow { throw RunError(.runtime, "Fatal error: Division results in an overflow in remainder operation", at: at) }
            return wrap(r.partialValue)
        case "&+": return wrap(a &+ b)
        case "&-": return wrap(a &- b)
        case "&*": return wrap(a &* b)
        case "&": return wrap(a & b)
        case "|": return wrap(a | b)
        case "^": return wrap(a ^ b)
        case "<": return .bool(a < b)
        case ">": return .bool(a > b)
        case "<=": return .bool(a <= b)
        case ">=": return .bool(a >= b)
        case "==": return .bool(a == b)
        case "!=": return .bool(a != b)
        case "..<", "...":
            if b < a { throw RunError(.runtime, "Fatal error: Range requires lowerBound <= upperBound", at: at) }
            return .range(RangeBox(lower: wrap(a), upper: wrap(b), closed: op == "..."))
        default:
            throw RunError(.runtime, "binary operator '\(op)' cannot be applied to two '\(kind.name)' operands", at: at)
        }
    }

    private func wrap<T: FixedWidthInteger>(_ r: T) -> Value { .integer(r, kind) }

    private func checked<T: FixedWidthInteger>(_ r: (partialValue: T, overflow: Bool)) throws -> Value {
        if r.overflow { throw RunError(.runtime, Runtime.overflow, at: at) }
        return .integer(r.partialValue, kind)
    }
}

/// `<<` and `>>` (smart shifts: over-shifts give 0 or -1, negative counts shift the other
/// way) and the masking `&<<`, `&>>`, with a count of any integer type.
struct FixedShift: FixedVisitor {
    let op: String
    let x: UInt64
    let by: WideInt
    let kind: IntKind

    func visit<T: FixedWidthInteger>(_ t: T.Type) -> Value {
        let a = T(truncatingIfNeeded: x)
        let n: Int64
        switch by {
        case .signed(let s): n = s
        case .unsigned(let u): n = Int64(clamping: u)
        }
        switch op {
        case "<<": return .integer(a << n, kind)
        case ">>": return .integer(a >> n, kind)
        case "&<<": return .integer(a &<< T(truncatingIfNeeded: n), kind)
        default: return .integer(a &>> T(truncatingIfNeeded: n), kind)
        }
    }
}
