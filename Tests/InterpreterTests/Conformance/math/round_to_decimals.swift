let x = 3.14159
print((x * 100).rounded() / 100)
print((2.0 / 3.0 * 1000).rounded() / 1000)

// expect: 3.14
// expect: 0.667
