let hex = "1aF9g"
for c in hex {
    print(c, c.isHexDigit, c.hexDigitValue as Any)
}

// expect: 1 true Optional(1)
// expect: a true Optional(10)
// expect: F true Optional(15)
// expect: 9 true Optional(9)
// expect: g false nil
