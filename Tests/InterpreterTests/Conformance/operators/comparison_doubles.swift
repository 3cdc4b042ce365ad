print(1.5 < 2.5)
print(2.0 >= 2)
print(-0.0 == 0.0)

// expect: true
// expect: true
// expect: true
