print(0.1 + 0.2 == 0.3)
print(abs((0.1 + 0.2) - 0.3) < 1e-9)
print(1.0 == 1)

// expect: false
// expect: true
// expect: true
