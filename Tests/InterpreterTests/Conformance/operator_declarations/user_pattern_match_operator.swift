struct Grid { let cols: ClosedRange<Int>, rows: ClosedRange<Int> }
func ~= (pattern: Grid, value: (Int, Int)) -> Bool {
    pattern.cols.contains(value.0) && pattern.rows.contains(value.1)
}
func ~= (pattern: (Int) -> Bool, value: Int) -> Bool { pattern(value) }
struct Prefix { let text: String }
func ~= (pattern: Prefix, value: String) -> Bool { value.hasPrefix(pattern.text) }
let board = Grid(cols: 0...7, rows: 0...7)
for p in [(1, 2), (8, 0), (7, 7)] {
    switch p {
    case board: print(p, "on the board")
    default: print(p, "off the board")
    }
}
let isEven: (Int) -> Bool = { $0 % 2 == 0 }
for n in [4, 9, 0] {
    switch n {
    case 0: print(n, "zero")
    case isEven: print(n, "even")
    default: print(n, "odd")
    }
}
for cmd in ["go north", "take lamp", "quit"] {
    switch cmd {
    case Prefix(text: "go "): print("move:", cmd.dropFirst(3))
    case Prefix(text: "take "): print("pick up:", cmd.dropFirst(5))
    default: print("other:", cmd)
    }
}
if case board = (3, 3) { print("if case works") }

// expect: (1, 2) on the board
// expect: (8, 0) off the board
// expect: (7, 7) on the board
// expect: 4 even
// expect: 9 odd
// expect: 0 zero
// expect: move: north
// expect: pick up: lamp
// expect: other: quit
// expect: if case works
