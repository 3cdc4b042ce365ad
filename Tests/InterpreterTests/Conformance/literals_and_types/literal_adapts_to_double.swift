let a: Double = 3
let b = a / 2
print(b)
let c = 1 + 2.5
print(c)

// expect: 1.5
// expect: 3.5
