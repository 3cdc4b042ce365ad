let n = Double.nan
print(n == n)
print(n.isNaN)
print(n < 1)
print((0.0 / 0.0).isNaN)

// expect: false
// expect: true
// expect: false
// expect: true
