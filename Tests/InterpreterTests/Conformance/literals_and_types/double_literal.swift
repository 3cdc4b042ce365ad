let x = 3.5
let y: Double = 2
print(x, y)
print(x * y)

// expect: 3.5 2.0
// expect: 7.0
