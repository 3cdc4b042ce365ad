let a = 42
var b: Int = -7
print(a, b)
print(a + b)

// expect: 42 -7
// expect: 35
