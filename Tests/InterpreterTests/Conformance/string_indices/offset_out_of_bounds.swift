let s = "short"
print(s.count)
let i = s.index(s.startIndex, offsetBy: 9)
print(i)

// expect: 5
// expect error: 3: String index is out of bounds
