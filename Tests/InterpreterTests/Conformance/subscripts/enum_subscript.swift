enum Dice {
    case d6, d20
    subscript(roll: Int) -> Int {
        switch self {
        case .d6: return (roll - 1) % 6 + 1
        case .d20: return (roll - 1) % 20 + 1
        }
    }
}
print(Dice.d6[8], Dice.d20[25])

// expect: 2 5
