let t = (1, (2.5, "z"))
print(t)
print(t.1.0)

// expect: (1, (2.5, "z"))
// expect: 2.5
