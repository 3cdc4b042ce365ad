let s = "abcdef"
let sub = s[s.index(s.startIndex, offsetBy: 2)...]
print(sub)
print(sub.startIndex == s.index(s.startIndex, offsetBy: 2))
print(sub[sub.startIndex], sub.first!, sub.last!)
let inner = sub[sub.index(after: sub.startIndex)..<sub.index(before: sub.endIndex)]
print(inner)

// expect: cdef
// expect: true
// expect: c c f
// expect: de
