let a = Int("42")
let b = Int("x")
print(a ?? -1)
print(b ?? -1)
print(Double("2.5") ?? 0)

// expect: 42
// expect: -1
// expect: 2.5
