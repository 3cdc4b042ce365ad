let s = "compare"
let a = s.index(s.startIndex, offsetBy: 1)
let b = s.index(s.startIndex, offsetBy: 4)
print(a < b, a == b, b > a, a <= a)
let middle = s.index(s.startIndex, offsetBy: s.count / 2)
print(s[middle])

// expect: true false true true
// expect: p
