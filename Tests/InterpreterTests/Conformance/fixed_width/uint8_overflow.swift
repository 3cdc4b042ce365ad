var x: UInt8 = UInt8.max
print(x)
x -= 1
print(x)
x += 1
print(x)
x += 1

// expect: 255
// expect: 254
// expect: 255
// expect error: 7: arithmetic overflow
