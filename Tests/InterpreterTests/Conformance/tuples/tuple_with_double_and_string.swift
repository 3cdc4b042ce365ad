let t = (0.1, "a", true, 1e-05)
print(t)

// expect: (0.1, "a", true, 1e-05)
