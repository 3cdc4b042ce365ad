print(0.001)
print(0.0001)
print(0.00001)
print(1e-05)
print(1.5e-7)

// expect: 0.001
// expect: 0.0001
// expect: 1e-05
// expect: 1e-05
// expect: 1.5e-07
