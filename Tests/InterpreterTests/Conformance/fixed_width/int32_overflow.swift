var x: Int32 = Int32.max
print(x)
x -= 1
print(x)
x += 1
print(x)
x += 1

// expect: 2147483647
// expect: 2147483646
// expect: 2147483647
// expect error: 7: arithmetic overflow
