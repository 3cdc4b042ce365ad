print(9 / 4)
print(-9 / 4)
print(9.0 / 4)

// expect: 2
// expect: -2
// expect: 2.25
