let grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
var found: (Int, Int)? = nil
search: for r in 0..<grid.count {
    for c in 0..<grid[r].count where grid[r][c] == 6 {
        found = (r, c)
        break search
    }
}
print(found!)

// expect: (1, 2)
