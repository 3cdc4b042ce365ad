let d = 1.0 / 0.0
print(d)
print(Int(d))

// expect: inf
// expect error: 3: Double value cannot be converted to Int because it is either infinite or NaN
