let xs: [Float] = [0.1, 1, 2.5]
print(xs)

// expect: [0.1, 1.0, 2.5]
