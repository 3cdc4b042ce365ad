struct Piece: CustomStringConvertible {
    let text: String
    var description: String { "[\(text)]" }
}

@resultBuilder
struct PieceBuilder {
    static func buildExpression(_ s: String) -> [Piece] { [Piece(text: s)] }
    static func buildExpression(_ n: Int) -> [Piece] { [Piece(text: "#\(n)")] }
    static func buildExpression(_ b: Bool) -> [Piece] { [Piece(text: b ? "yes" : "no")] }
    static func buildExpression(_ p: Piece) -> [Piece] { [p] }
    static func buildBlock(_ parts: [Piece]...) -> [Piece] { parts.flatMap { $0 } }
}

@PieceBuilder func pieces() -> [Piece] {
    "hello"
    42
    true
    Piece(text: "raw")
    let doubled = 21 * 2
    doubled + 1
}

let ps = pieces()
print(ps.count)
print(ps)

// expect: 5
// expect: [[hello], [#42], [yes], [raw], [#43]]
