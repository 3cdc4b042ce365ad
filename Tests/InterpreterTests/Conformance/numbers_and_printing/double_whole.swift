print(1.0)
print(100.0)
print(100000.0)
print(-2.0)

// expect: 1.0
// expect: 100.0
// expect: 100000.0
// expect: -2.0
