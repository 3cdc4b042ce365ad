var grid = [[1, 2], [3, 4]]
grid[1][0] = 30
grid[0].append(5)
print(grid)
print(grid[1][1])
print(grid.count, grid[0].count)

// expect: [[1, 2, 5], [30, 4]]
// expect: 4
// expect: 2 3
