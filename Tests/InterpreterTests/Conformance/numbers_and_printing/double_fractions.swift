print(0.1)
print(0.2)
print(0.1 + 0.2)
print(1.0 / 3.0)
print(2.0 / 3.0)

// expect: 0.1
// expect: 0.2
// expect: 0.30000000000000004
// expect: 0.3333333333333333
// expect: 0.6666666666666666
