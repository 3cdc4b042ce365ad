let xs = Array(1...5)
let ys = Array(0..<3)
print(xs, ys)
print(Array(stride(from: 0, to: 10, by: 3)))

// expect: [1, 2, 3, 4, 5] [0, 1, 2]
// expect: [0, 3, 6, 9]
