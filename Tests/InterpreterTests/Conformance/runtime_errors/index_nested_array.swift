let grid = [[1, 2], [3, 4]]
print(grid[1][1])
let r = 1
let c = 2
print(grid[r][c])

// expect: 4
// expect error: 5: Index out of range
