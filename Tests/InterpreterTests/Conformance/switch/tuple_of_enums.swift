enum Move { case rock, paper, scissors }
func winner(_ a: Move, _ b: Move) -> String {
    switch (a, b) {
    case (.rock, .scissors), (.paper, .rock), (.scissors, .paper):
        return "first"
    case let (x, y) where x == y:
        return "draw"
    default:
        return "second"
    }
}
print(winner(.rock, .scissors))
print(winner(.paper, .paper))
print(winner(.rock, .paper))

// expect: first
// expect: draw
// expect: second
