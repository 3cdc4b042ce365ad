var x: Int8 = Int8.max
print(x)
x -= 1
print(x)
x += 1
print(x)
x += 1

// expect: 127
// expect: 126
// expect: 127
// expect error: 7: arithmetic overflow
