print(1e15)
print(1e16)
print(12345678901234567.0)
print(1e100)
print(123456789.0)

// expect: 1000000000000000.0
// expect: 1e+16
// expect: 1.2345678901234568e+16
// expect: 1e+100
// expect: 123456789.0
