let s = "abc"
print(s[s.startIndex])
let end = s.endIndex
print(s[end])

// expect: a
// expect error: 4: String index is out of bounds
