let xs = [1, 2, 3, 4, 5]
print(xs[..<2])
print(xs[...2])
print(xs[3...])

// expect: [1, 2]
// expect: [1, 2, 3]
// expect: [4, 5]
