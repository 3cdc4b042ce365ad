let a = Int8.min
var b: Int8 = 1
print(a / b)
b = -1
print(a / b)

// expect: -128
// expect error: 5: Division results in an overflow
