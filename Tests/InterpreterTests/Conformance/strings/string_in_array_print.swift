let xs = ["a", "b c", ""]
print(xs)
print(xs[1])

// expect: ["a", "b c", ""]
// expect: b c
