// Spiral matrix: the numbers 1...n*n laid out clockwise from the top-left corner.
struct SpiralMatrix: CustomStringConvertible {
    let size: Int
    private(set) var cells: [[Int]]

    init(size: Int) {
        self.size = size
        cells = Array(repeating: Array(repeating: 0, count: size), count: size)
        let moves = [(0, 1), (1, 0), (0, -1), (-1, 0)]
        var (r, c, d) = (0, 0, 0)
        for n in stride(from: 1, through: size * size, by: 1) {
            cells[r][c] = n
            let (nr, nc) = (r + moves[d].0, c + moves[d].1)
            if nr < 0 || nr >= size || nc < 0 || nc >= size || cells[nr][nc] != 0 {
                d = (d + 1) % 4
            }
            r += moves[d].0
            c += moves[d].1
        }
    }

    var description: String {
        let width = String(size * size).count
        return cells.map { row in
            row.map { String(repeating: " ", count: width - String($0).count) + String($0) }.joined(separator: " ")
        }.joined(separator: "\n")
    }
}
// cell
print(SpiralMatrix(size: 0).cells)
print(SpiralMatrix(size: 1).cells)
print(SpiralMatrix(size: 2).cells)
print(SpiralMatrix(size: 3).cells)
print(SpiralMatrix(size: 4))
print(SpiralMatrix(size: 5))
let ten = SpiralMatrix(size: 10)
print(ten.cells[5][5], ten.cells[9].reduce(0, +), ten.cells.map { $0[0] })

// expect: []
// expect: [[1]]
// expect: [[1, 2], [4, 3]]
// expect: [[1, 2, 3], [8, 9, 4], [7, 6, 5]]
// expect:  1  2  3  4
// expect: 12 13 14  5
// expect: 11 16 15  6
// expect: 10  9  8  7
// expect:  1  2  3  4  5
// expect: 16 17 18 19  6
// expect: 15 24 25 20  7
// expect: 14 23 22 21  8
// expect: 13 12 11 10  9
// expect: 99 235 [1, 36, 35, 34, 33, 32, 31, 30, 29, 28]
