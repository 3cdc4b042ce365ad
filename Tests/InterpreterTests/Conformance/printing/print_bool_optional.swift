let a: Bool? = true
let b: Bool? = nil
print(a, b)
print([a, b])

// expect: Optional(true) nil
// expect: [Optional(true), nil]
