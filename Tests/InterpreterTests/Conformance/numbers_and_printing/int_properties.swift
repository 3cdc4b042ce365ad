let x = -17
print(x.magnitude)
print(x.signum())
print(12.isMultiple(of: 4))
print(abs(x))

// expect: 17
// expect: -1
// expect: true
// expect: 17
