// Minesweeper: annotate a board with the number of mines around each empty square.
extension Array where Element == String {
    func annotated() -> [String] {
        let grid = map { [Character]($0) }
        let height = grid.count
        return grid.enumerated().map { r, row in
            String(row.enumerated().map { c, cell -> Character in
                guard cell != "*" else { return "*" }
                var mines = 0
                for dr in -1...1 {
                    for dc in -1...1 where (dr, dc) != (0, 0) {
                        let rr = r + dr, cc = c + dc
                        if rr >= 0, rr < height, cc >= 0, cc < grid[rr].count, grid[rr][cc] == "*" { mines += 1 }
                    }
                }
                return mines == 0 ? " " : Character(String(mines))
            })
        }
    }
}
// cell
let boards: [[String]] = [
    [],
    [""],
    ["   ", "   ", "   "],
    ["***", "***", "***"],
    ["   ", " * ", "   "],
    ["***", "* *", "***"],
    [" * * "],
    ["*   *"],
    [" ", "*", " ", "*", " "],
    [" *  * ", "  *   ", "    * ", "   * *", " *  * ", "      "],
]
for board in boards {
    print("board:")
    for line in board.annotated() { print("|\(line)|") }
}

// expect: board:
// expect: board:
// expect: ||
// expect: board:
// expect: |   |
// expect: |   |
// expect: |   |
// expect: board:
// expect: |***|
// expect: |***|
// expect: |***|
// expect: board:
// expect: |111|
// expect: |1*1|
// expect: |111|
// expect: board:
// expect: |***|
// expect: |*8*|
// expect: |***|
// expect: board:
// expect: |1*2*1|
// expect: board:
// expect: |*1 1*|
// expect: board:
// expect: |1|
// expect: |*|
// expect: |2|
// expect: |*|
// expect: |1|
// expect: board:
// expect: |1*22*1|
// expect: |12*322|
// expect: | 123*2|
// expect: |112*4*|
// expect: |1*22*2|
// expect: |111111|
