let a = 2.5
let b = 0.5
print(a + b, a - b, a * b, a / b)
print(a.truncatingRemainder(dividingBy: 1))

// expect: 3.0 2.0 1.25 5.0
// expect: 0.5
