let low = Int.min
let one = 1
print(low)
print(low - one)

// expect: -9223372036854775808
// expect error: 4: overflow
