let a = UInt8(ascii: "a")
print(a, a + 1)
let letters = (0..<5).map { Character(UnicodeScalar(a + UInt8($0))) }
print(String(letters))

// expect: 97 98
// expect: abcde
