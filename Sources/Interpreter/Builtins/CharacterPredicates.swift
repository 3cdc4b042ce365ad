/// `Character` classification properties (`ch.isLetter`, `ch.isUppercase`…) for a member-access
/// site that names one: the general property read reaches them after a long switch over member
/// names, and the standard library's answers look up Unicode properties even for ASCII.
enum CharacterPredicates {
    /// The predicate for a property name, or nil when `name` is not one of them.
    static func predicate(_ name: String) -> ((Character) -> Bool)? {
        switch name {
        case "isLetter": return { c in if let a = ascii(c) { return (a | 0x20) &- 0x61 < 26 }; return c.isLetter }
        case "isNumber": return { c in if let a = ascii(c) { return a &- 0x30 < 10 }; return c.isNumber }
        case "isUppercase": return { c in if let a = ascii(c) { return a &- 0x41 < 26 }; return c.isUppercase }
        case "isLowercase": return { c in if let a = ascii(c) { return a &- 0x61 < 26 }; return c.isLowercase }
        case "isWhitespace":
            return { c in if let a = ascii(c) { return a == 0x20 || a &- 0x09 < 5 }; return c.isWhitespace }
        default: return nil
        }
    }

    /// The byte of a one-byte ASCII character. Not for "\n": `"\r\n".asciiValue` is also 0x0A,
    /// so both take the general path.
    @inline(__always) static func ascii(_ c: Character) -> UInt8? {
        guard let a = c.asciiValue, a != 0x0A else { return nil }
        return a
    }
}
