let d = 3.14159265358979
let f = Float(d)
print(f)
print(Float(1) / 3)

// expect: 3.1415927
// expect: 0.33333334
