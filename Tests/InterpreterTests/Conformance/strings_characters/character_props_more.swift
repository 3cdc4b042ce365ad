let chars: [Character] = ["a", "Z", "7", " ", "!", "é", "\n", "$", "+"]
for c in chars {
    print(c.isLetter, c.isNumber, c.isUppercase, c.isLowercase, c.isWhitespace, c.isPunctuation, c.isSymbol)
}

// expect: true false false true false false false
// expect: true false true false false false false
// expect: false true false false false false false
// expect: false false false false true false false
// expect: false false false false false true false
// expect: true false false true false false false
// expect: false false false false true false false
// expect: false false false false false false true
// expect: false false false false false false true
