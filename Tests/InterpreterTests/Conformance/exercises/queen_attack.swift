// Queen attack: can two queens on a chessboard attack each other?
struct Position: Equatable, CustomStringConvertible {
    let row: Int
    let column: Int

    var description: String {
        let file = Character(UnicodeScalar(UInt8(97 + column)))
        return "\(file)\(8 - row)"
    }
}

enum QueenError: Error { case offBoard(Position), samePosition }

struct Queens {
    let white: Position
    let black: Position

    init(white: Position, black: Position) throws {
        for p in [white, black] where !(0..<8).contains(p.row) || !(0..<8).contains(p.column) {
            throw QueenError.offBoard(p)
        }
        if white == black { throw QueenError.samePosition }
        self.white = white
        self.black = black
    }

    var canAttack: Bool {
        white.row == black.row || white.column == black.column
            || abs(white.row - black.row) == abs(white.column - black.column)
    }
}
// cell
let setups: [((Int, Int), (Int, Int))] = [((2, 4), (6, 6)), ((2, 4), (2, 6)), ((4, 5), (2, 5)), ((2, 2), (0, 4)),
                                          ((2, 2), (3, 1)), ((2, 2), (1, 1)), ((1, 7), (0, 6)), ((4, 1), (2, 5)),
                                          ((-1, 2), (3, 3)), ((4, 8), (0, 0)), ((3, 3), (3, 3)), ((0, 0), (7, 7))]
for (w, b) in setups {
    do {
        let queens = try Queens(white: Position(row: w.0, column: w.1), black: Position(row: b.0, column: b.1))
        print("white \(queens.white), black \(queens.black): \(queens.canAttack ? "attack" : "safe")")
    } catch QueenError.offBoard(let p) {
        print("off board: row \(p.row), column \(p.column)")
    } catch {
        print("error: \(error)")
    }
}

// expect: white e6, black g2: safe
// expect: white e6, black g6: attack
// expect: white f4, black f6: attack
// expect: white c6, black e8: attack
// expect: white c6, black b5: attack
// expect: white c6, black b7: attack
// expect: white h7, black g8: attack
// expect: white b4, black f6: safe
// expect: off board: row -1, column 2
// expect: off board: row 4, column 8
// expect: error: samePosition
// expect: white a8, black h1: attack
