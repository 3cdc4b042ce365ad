/// Fixed-width integers (`UInt8`, `UInt32`, `Int64`, held as Int values with their range
/// checked on conversion) and Unicode scalars (held as the Character they make).
extension Runtime {
    static let sizedIntegerBounds: [String: ClosedRange<Int>] = [
        "UInt8": 0...Int(UInt8.max), "UInt32": 0...Int(UInt32.max), "Int64": Int.min...Int.max,
    ]

    /// `UInt8(x)`, `UInt32(x)`, `Int64(x)`: Swift's traps when the value does not fit.
    func constructSizedInteger(_ name: String, _ a: [Value], at l: Loc) throws -> Value? {
        guard a.count == 1, let bounds = Runtime.sizedIntegerBounds[name] else { return nil }
        let x: Int
        switch a[0] {
        case .int(let i): x = i
        case .double(let d):
            guard case .int(let i) = try intFrom(d, at: l) else { return nil }
            x = i
        default: return nil
        }
        if x < bounds.lowerBound {
            throw RunError(.runtime, bounds.lowerBound == 0 ? "Fatal error: Negative value is not representable" : "Fatal error: Not enough bits to represent the passed value", at: l)
        }
        if x > bounds.upperBound { throw RunError(.runtime, "Fatal error: Not enough bits to represent the passed value", at: l) }
        return .int(x)
    }

    /// `UnicodeScalar(66)`, `UnicodeScalar("A")`: the scalar as a Character; nil for a number
    /// that is no scalar (surrogates, beyond U+10FFFF), as Swift's failable initializer.
    func constructUnicodeScalar(_ a: [Value]) -> Value? {
        guard a.count == 1 else { return nil }
        switch a[0] {
        case .int(let x):
            guard x >= 0, x <= Int(UInt32.max), let s = Unicode.Scalar(UInt32(x)) else { return Value.none }
            return .character(Character(s))
        case .character(let c) where c.unicodeScalars.count == 1: return a[0]
        case .string(let s) where s.unicodeScalars.count == 1: return s.first.map { .character($0) }
        default: return nil
        }
    }
}
