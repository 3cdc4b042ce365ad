for p in [(1, 1), (2, -2), (3, 5)] {
    switch p {
    case let (x, y) where x == y:
        print("diagonal")
    case let (x, y) where x == -y:
        print("anti-diagonal")
    case let (x, _):
        print("x is \(x)")
    }
}

// expect: diagonal
// expect: anti-diagonal
// expect: x is 3
