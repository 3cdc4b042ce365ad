print(Double(3))
print(Double(-7))
print(Double(1_000_000))
print(Double(10_000_000_000_000_000))

// expect: 3.0
// expect: -7.0
// expect: 1000000.0
// expect: 1e+16
