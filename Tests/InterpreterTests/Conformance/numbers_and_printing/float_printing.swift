let a: Float = 0.1
let b: Float = 1.0
let c: Float = 1e-05
let d: Float = 16777216
print(a, b, c, d)
print(Float(1) / Float(3))

// expect: 0.1 1.0 1e-05 16777216.0
// expect: 0.33333334
