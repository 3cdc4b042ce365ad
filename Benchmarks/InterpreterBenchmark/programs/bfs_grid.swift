// Benchmark: a queue algorithm: breadth-first search on a grid maze from several starts,
// with the queue as an array and a read index, and a stack-based flood fill.
let width = 120
let height = 120

var seed = 21
func random(_ n: Int) -> Int {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed / 65536) % n
}

var walls = Array(repeating: Array(repeating: false, count: width), count: height)
for r in 0..<height {
    for c in 0..<width where random(100) < 28 {
        walls[r][c] = true
    }
}
walls[0][0] = false

struct Point {
    var row: Int
    var col: Int
}

let directions = [Point(row: 1, col: 0), Point(row: -1, col: 0), Point(row: 0, col: 1), Point(row: 0, col: -1)]

func bfs(from start: Point) -> (reached: Int, farthest: Int) {
    var distance = Array(repeating: Array(repeating: -1, count: width), count: height)
    var queue: [Point] = [start]
    var head = 0
    distance[start.row][start.col] = 0
    var farthest = 0
    while head < queue.count {
        let p = queue[head]
        head += 1
        for d in directions {
            let next = Point(row: p.row + d.row, col: p.col + d.col)
            if next.row < 0 || next.row >= height || next.col < 0 || next.col >= width {
                continue
            }
            if walls[next.row][next.col] || distance[next.row][next.col] != -1 {
                continue
            }
            distance[next.row][next.col] = distance[p.row][p.col] + 1
            farthest = max(farthest, distance[next.row][next.col])
            queue.append(next)
        }
    }
    return (queue.count, farthest)
}

func regions() -> Int {
    var seen = walls
    var count = 0
    for r in 0..<height {
        for c in 0..<width where !seen[r][c] {
            count += 1
            var stack = [Point(row: r, col: c)]
            seen[r][c] = true
            while let p = stack.popLast() {
                for d in directions {
                    let nr = p.row + d.row
                    let nc = p.col + d.col
                    if nr >= 0 && nr < height && nc >= 0 && nc < width && !seen[nr][nc] {
                        seen[nr][nc] = true
                        stack.append(Point(row: nr, col: nc))
                    }
                }
            }
        }
    }
    return count
}

var checksum = 0
for i in 0..<14 {
    let start = Point(row: (i * 37) % height, col: (i * 53) % width)
    walls[start.row][start.col] = false
    let result = bfs(from: start)
    checksum += result.reached * 3 + result.farthest
}
print("checksum: \(checksum) \(regions())")
