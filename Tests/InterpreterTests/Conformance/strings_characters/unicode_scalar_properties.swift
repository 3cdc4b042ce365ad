for s in "aB1 é".unicodeScalars { print(s, s.value, s.isASCII, s.properties.isAlphabetic, s.properties.isUppercase, s.properties.isWhitespace, s.properties.numericType != nil) }
let c: Character = "x"
print(c.unicodeScalars.first!.value, Character(UnicodeScalar(65)!), String(UnicodeScalar(0x1F600)!))
print("A".unicodeScalars.first!.properties.name ?? "-", "5".unicodeScalars.first!.properties.numericValue ?? -1)

// expect: a 97 true true false false false
// expect: B 66 true true true false false
// expect: 1 49 true false false false true
// expect:   32 true false false true false
// expect: é 233 false true false false false
// expect: 120 A 😀
// expect: LATIN CAPITAL LETTER A 5.0
