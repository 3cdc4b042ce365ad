let x = -3.75
print(x.magnitude)
print(x.sign == .minus)
print(x.isFinite)
print(Double.infinity.isInfinite)

// expect: 3.75
// expect: true
// expect: true
// expect: true
