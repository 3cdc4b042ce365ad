// Benchmark: a 2-D array: Conway's game of life on a wrapping [[Bool]] grid.
let rows = 64
let cols = 64

var seed = 5
func random(_ n: Int) -> Int {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed / 65536) % n
}

var grid: [[Bool]] = []
for _ in 0..<rows {
    var row: [Bool] = []
    for _ in 0..<cols {
        row.append(random(3) == 0)
    }
    grid.append(row)
}

func liveNeighbors(_ grid: [[Bool]], _ r: Int, _ c: Int) -> Int {
    var count = 0
    for dr in -1...1 {
        for dc in -1...1 {
            if dr == 0 && dc == 0 {
                continue
            }
            let nr = (r + dr + rows) % rows
            let nc = (c + dc + cols) % cols
            if grid[nr][nc] {
                count += 1
            }
        }
    }
    return count
}

var history: [Int] = []
for _ in 0..<40 {
    var next = grid
    var alive = 0
    for r in 0..<rows {
        for c in 0..<cols {
            let n = liveNeighbors(grid, r, c)
            if grid[r][c] {
                next[r][c] = n == 2 || n == 3
            } else {
                next[r][c] = n == 3
            }
            if next[r][c] {
                alive += 1
            }
        }
    }
    grid = next
    history.append(alive)
}
print("checksum: \(history.reduce(0, +)) \(history.last!) \(history.max()!)")
