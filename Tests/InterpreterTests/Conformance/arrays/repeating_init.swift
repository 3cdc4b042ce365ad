let zeros = Array(repeating: 0, count: 4)
let grid = Array(repeating: Array(repeating: 0.0, count: 2), count: 2)
print(zeros)
print(grid)

// expect: [0, 0, 0, 0]
// expect: [[0.0, 0.0], [0.0, 0.0]]
