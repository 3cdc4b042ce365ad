let c: Character = "A"
let v = c.asciiValue!
print(v, type(of: v))
print(Character("é").asciiValue == nil)
let shifted = Character(UnicodeScalar(v + 2))
print(shifted)
print(Int(v) + 100)

// expect: 65 UInt8
// expect: true
// expect: C
// expect: 165
