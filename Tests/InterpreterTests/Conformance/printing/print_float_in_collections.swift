let xs: [Float] = [0.1, 0.2, 1e-05]
print(xs)
let t: (Float, Double) = (0.1, 0.1)
print(t)

// expect: [0.1, 0.2, 1e-05]
// expect: (0.1, 0.1)
