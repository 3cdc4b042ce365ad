// record: skip
print(stride(from: Int.max - 2, through: Int.max, by: 2))
print(stride(from: Int.min + 2, through: Int.min, by: -2))

// expect: [9223372036854775805, 9223372036854775807]
// expect: [-9223372036854775806, -9223372036854775808]
