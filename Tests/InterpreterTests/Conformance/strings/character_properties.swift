let c: Character = "7"
print(c.isNumber)
print(Character("a").isLetter)
print(Character(" ").isWhitespace)
print(Character("A").isUppercase)

// expect: true
// expect: true
// expect: true
// expect: true
