var x = Int.max - 1
x += 1
print(x)
x += 1

// expect: 9223372036854775807
// expect error: 4: overflow
