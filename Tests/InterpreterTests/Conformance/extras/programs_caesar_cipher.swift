func shift(_ c: Character, by k: Int) -> Character {
    guard let ascii = c.asciiValue, c.isLetter, c.isASCII else { return c }
    let base: UInt8 = c.isUppercase ? 65 : 97
    let offset = (Int(ascii) - Int(base) + k % 26 + 26) % 26
    return Character(UnicodeScalar(UInt8(offset) + base))
}
func caesar(_ s: String, _ k: Int) -> String {
    String(s.map { shift($0, by: k) })
}
let secret = caesar("Hello, World!", 3)
print(secret)
print(caesar(secret, -3))

// expect: Khoor, Zruog!
// expect: Hello, World!
