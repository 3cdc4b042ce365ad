func makeGrid<T>(_ rows: Int, _ cols: Int, _ fill: T) -> [[T]] {
    var grid = [[T]]()
    for _ in 0..<rows {
        grid.append([T](repeating: fill, count: cols))
    }
    return grid
}

var g = makeGrid(2, 3, 0)
g[1][2] = 7
print(g)
print(makeGrid(1, 2, "."))

// expect: [[0, 0, 0], [0, 0, 7]]
// expect: [[".", "."]]
