print(-7 / 2)
print(-7 % 2)
print(7 % -2)
print(7 / -2)

// expect: -3
// expect: -1
// expect: 1
// expect: -3
