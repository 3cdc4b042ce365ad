var x: UInt32 = UInt32.max
print(x)
x -= 1
print(x)
x += 1
print(x)
x += 1

// expect: 4294967295
// expect: 4294967294
// expect: 4294967295
// expect error: 7: arithmetic overflow
