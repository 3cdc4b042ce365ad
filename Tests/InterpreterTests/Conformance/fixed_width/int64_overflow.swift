var x: Int64 = Int64.max
print(x)
x -= 1
print(x)
x += 1
print(x)
x += 1

// expect: 9223372036854775807
// expect: 9223372036854775806
// expect: 9223372036854775807
// expect error: 7: arithmetic overflow
