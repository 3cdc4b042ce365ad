let a = "caf\u{E9}"
let b = "cafe\u{301}"
print(a == b, a.count, b.count)
print(a.unicodeScalars.count, b.unicodeScalars.count)

// expect: true 4 4
// expect: 4 5
