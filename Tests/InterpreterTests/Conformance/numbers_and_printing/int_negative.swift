let a = -5
print(a)
print(-a)
print(0 - 12)

// expect: -5
// expect: 5
// expect: -12
