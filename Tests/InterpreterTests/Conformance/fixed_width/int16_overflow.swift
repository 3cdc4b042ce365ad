var x: Int16 = Int16.max
print(x)
x -= 1
print(x)
x += 1
print(x)
x += 1

// expect: 32767
// expect: 32766
// expect: 32767
// expect error: 7: arithmetic overflow
