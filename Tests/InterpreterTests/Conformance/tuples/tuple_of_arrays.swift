let t = ([1, 2], ["a"])
print(t)

// expect: ([1, 2], ["a"])
