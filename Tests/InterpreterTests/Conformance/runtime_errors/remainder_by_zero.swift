let a = 10
var b = 3
print(a % b)
b -= 3
print(a % b)

// expect: 1
// expect error: 5: Division by zero
