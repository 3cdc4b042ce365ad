var x: UInt64 = UInt64.max
print(x)
x -= 1
print(x)
x += 1
print(x)
x += 1

// expect: 18446744073709551615
// expect: 18446744073709551614
// expect: 18446744073709551615
// expect error: 7: arithmetic overflow
