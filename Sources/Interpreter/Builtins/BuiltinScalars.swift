/// Unicode scalars (held as the Character they make).
extension Runtime {
    /// `UnicodeScalar(66)`, `UnicodeScalar("A")`: the scalar as a Character; nil for a number
    /// that is no scalar (surrogates, beyond U+10FFFF), as Swift's failable initializer.
    func constructUnicodeScalar(_ a: [Value]) -> Value? {
        guard a.count == 1 else { return nil }
        switch a[0] {
        case .fixed(let f) where f.kind == .uint8:
            return .character(Character(Unicode.Scalar(UInt8(truncatingIfNeeded: f.bits))))
        case .fixed(let f):
            guard let x = f.intValue, x >= 0, x <= Int(UInt32.max), let s = Unicode.Scalar(UInt32(x)) else { return Value.none }
            return .some(.character(Character(s)))
        case .int(let x):
            guard x >= 0, x <= Int(UInt32.max), let s = Unicode.Scalar(UInt32(x)) else { return Value.none }
            return .character(Character(s))
        case .character(let c) where c.unicodeScalars.count == 1: return a[0]
        case .string(let s) where s.unicodeScalars.count == 1: return s.first.map { .character($0) }
        default: return nil
        }
    }
}
