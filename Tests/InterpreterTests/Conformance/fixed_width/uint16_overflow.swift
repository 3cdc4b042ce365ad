var x: UInt16 = UInt16.max
print(x)
x -= 1
print(x)
x += 1
print(x)
x += 1

// expect: 65535
// expect: 65534
// expect: 65535
// expect error: 7: arithmetic overflow
