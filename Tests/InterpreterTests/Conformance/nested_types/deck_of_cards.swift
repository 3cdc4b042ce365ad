struct Deck {
    enum Suit: String, CaseIterable {
        case spades = "♠", hearts = "♥"
    }

    struct Card: CustomStringConvertible {
        var rank: Int
        var suit: Suit
        var description: String { "\(rank)\(suit.rawValue)" }
    }

    var cards: [Card] = []

    init() {
        for s in Suit.allCases {
            for r in 1...3 { cards.append(Card(rank: r, suit: s)) }
        }
    }
}

let d = Deck()
print(d.cards.count)
print(d.cards)
let c = Deck.Card(rank: 7, suit: .hearts)
print(c, Deck.Suit.spades.rawValue)

// expect: 6
// expect: [1♠, 2♠, 3♠, 1♥, 2♥, 3♥]
// expect: 7♥ ♠
