let a: UInt8 = 10
var b: UInt8 = 2
print(a / b)
b -= 2
print(a / b)

// expect: 5
// expect error: 5: Division by zero
