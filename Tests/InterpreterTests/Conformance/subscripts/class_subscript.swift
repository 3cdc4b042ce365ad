class Board {
    var squares = [String](repeating: ".", count: 4)
    subscript(i: Int) -> String {
        get { squares[i] }
        set { squares[i] = newValue }
    }
}
let board = Board()
board[1] = "X"
let alias = board
alias[2] = "O"
print(board.squares.joined())

// expect: .XO.
