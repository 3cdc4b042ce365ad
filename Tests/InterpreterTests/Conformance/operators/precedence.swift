print(2 + 3 * 4)
print((2 + 3) * 4)
print(10 - 4 - 3)
print(100 / 10 / 5)
print(2 + 3 * 4 - 6 / 2)
print(-2 * 3 + 1)

// expect: 14
// expect: 20
// expect: 3
// expect: 2
// expect: 11
// expect: -5
