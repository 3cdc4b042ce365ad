print(1e3)
print(2.5e-3)
print(1E2)

// expect: 1000.0
// expect: 0.0025
// expect: 100.0
