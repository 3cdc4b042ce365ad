let a: Float = 0.1
let b: Float = 0.2
print(a + b)
print(a * 3)

// expect: 0.3
// expect: 0.3
