let a = "café"
let b = "cafe\u{301}"
print(a == b)
print(a.count, b.count)

// expect: true
// expect: 4 4
