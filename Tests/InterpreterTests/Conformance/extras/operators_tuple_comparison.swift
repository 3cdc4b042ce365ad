print((1, "a") < (1, "b"))
print((2, 0) > (1, 99))
print((1, 2) == (1, 2))

// expect: true
// expect: true
// expect: true
