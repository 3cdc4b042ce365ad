enum Suit: String {
    case hearts = "♥"
    case spades
}
print(Suit.hearts.rawValue)
print(Suit.spades.rawValue)
print(Suit(rawValue: "spades")!)
print(Suit.hearts)

// expect: ♥
// expect: spades
// expect: spades
// expect: hearts
