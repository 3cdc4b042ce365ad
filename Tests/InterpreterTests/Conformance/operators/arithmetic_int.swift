let a = 17
let b = 5
print(a + b, a - b, a * b, a / b, a % b)

// expect: 22 12 85 3 2
