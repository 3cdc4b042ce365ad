enum Chess {
    enum Piece: Int {
        case pawn = 1, knight = 3, rook = 5, queen = 9
        var value: Int { rawValue }
    }

    struct Board {
        var captured: [Piece] = []
        var score: Int { captured.reduce(0) { $0 + $1.value } }
        static let size = 8
    }
}

var b = Chess.Board()
b.captured.append(.pawn)
b.captured.append(.queen)
b.captured += [Chess.Piece.knight]
print(b.score, Chess.Board.size)
print(b.captured)
print(Chess.Piece(rawValue: 5)!)

// expect: 13 8
// expect: [main.Chess.Piece.pawn, main.Chess.Piece.queen, main.Chess.Piece.knight]
// expect: rook
