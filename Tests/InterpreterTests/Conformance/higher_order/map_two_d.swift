let grid = [[1, 2], [3, 4]]
print(grid.map { row in row.map { $0 * 2 } })
print(grid.map { $0.reduce(0, +) })

// expect: [[2, 4], [6, 8]]
// expect: [3, 7]
