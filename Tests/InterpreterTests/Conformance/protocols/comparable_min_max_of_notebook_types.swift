struct Card: Comparable, CustomStringConvertible {
    let rank: Int, suit: String
    static func < (a: Card, b: Card) -> Bool { a.rank < b.rank }
    var description: String { "\(rank)\(suit)" }
}
let hand = [Card(rank: 9, suit: "h"), Card(rank: 12, suit: "s"), Card(rank: 3, suit: "d"), Card(rank: 12, suit: "c")]
print(hand.max()!, hand.min()!, hand.sorted(), hand.sorted(by: >))
print(max(hand[0], hand[1]), min(hand[0], hand[2]))
print(hand.max { $0.suit < $1.suit }!, [Card]().max() as Any)
enum Level: Int, Comparable { case low = 1, mid, high
    static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
}
print([Level.mid, .high, .low].max()!, [Level.mid, .high, .low].min()!)

// expect: 12s 3d [3d, 9h, 12s, 12c] [12s, 12c, 9h, 3d]
// expect: 12s 3d
// expect: 12s nil
// expect: high low
