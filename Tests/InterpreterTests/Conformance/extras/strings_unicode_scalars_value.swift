let c: Character = "A"
print(c.asciiValue!)
print(Character(UnicodeScalar(66)))

// expect: 65
// expect: B
