enum Suit: String, CaseIterable, Comparable {
    case clubs = "C", diamonds = "D", hearts = "H", spades = "S"
    static func < (a: Suit, b: Suit) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
    static var names: [String] { allCases.map(\.rawValue) }
    static func random(seed: Int) -> Suit { allCases[seed % allCases.count] }
}
print(Suit.names, Suit.random(seed: 6), [Suit.spades, .clubs, .hearts].sorted())
print(Suit.hearts < .spades, Suit.allCases.count)

// expect: ["C", "D", "H", "S"] hearts [main.Suit.clubs, main.Suit.hearts, main.Suit.spades]
// expect: true 4
