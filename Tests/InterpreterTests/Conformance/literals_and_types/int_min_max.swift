print(Int.max)
print(Int.min)
print(Int.max - 1)

// expect: 9223372036854775807
// expect: -9223372036854775808
// expect: 9223372036854775806
