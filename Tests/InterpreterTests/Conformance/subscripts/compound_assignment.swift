struct Grid {
    var cells = Array(repeating: 0, count: 9)
    subscript(r: Int, c: Int) -> Int {
        get { cells[r * 3 + c] }
        set { cells[r * 3 + c] = newValue }
    }
}
var g = Grid()
g[1, 1] += 5
g[1, 1] *= 3
g[0, 2] -= 4
for r in 0..<3 {
    print((0..<3).map { g[r, $0] })
}

// expect: [0, 0, -4]
// expect: [0, 15, 0]
// expect: [0, 0, 0]
