let xs = Array(stride(from: 10, to: 0, by: -3))
print(xs)

// expect: [10, 7, 4, 1]
