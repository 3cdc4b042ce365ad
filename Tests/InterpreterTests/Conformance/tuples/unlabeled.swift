let t = (1, "x")
print(t)
print(t.0, t.1)

// expect: (1, "x")
// expect: 1 x
