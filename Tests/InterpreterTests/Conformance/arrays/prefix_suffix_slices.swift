let xs = [1, 2, 3, 4, 5]
print(Array(xs.prefix(2)))
print(Array(xs.suffix(2)))
print(Array(xs[1..<3]))
print(Array(xs[2...]))
print(Array(xs.dropFirst()))
print(Array(xs.dropLast(2)))

// expect: [1, 2]
// expect: [4, 5]
// expect: [2, 3]
// expect: [3, 4, 5]
// expect: [2, 3, 4, 5]
// expect: [1, 2, 3]
