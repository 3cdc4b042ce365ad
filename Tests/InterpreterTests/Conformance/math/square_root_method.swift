let x = 49.0
print(x.squareRoot())
print(2.0.squareRoot())

// expect: 7.0
// expect: 1.4142135623730951
