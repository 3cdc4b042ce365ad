let s = "abcdefgh"
let i = s.index(s.startIndex, offsetBy: 3)
let j = s.index(s.endIndex, offsetBy: -2)
print(s[i], s[j])
print(s[i..<j])
print(s[i...j])

// expect: d g
// expect: def
// expect: defg
