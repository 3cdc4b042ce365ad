// Hasher combines several fields; equal inputs give equal hashes within a run.
struct Point: Hashable {
    var x: Int, y: Int
    var name: String
    static func == (a: Point, b: Point) -> Bool { a.x == b.x && a.y == b.y }
    func hash(into hasher: inout Hasher) {
        hasher.combine(x)
        hasher.combine(y)
    }
}
var h1 = Hasher()
h1.combine(1); h1.combine("a")
var h2 = Hasher()
h2.combine(1); h2.combine("a")
print(h1.finalize() == h2.finalize())
print(Point(x: 1, y: 2, name: "p").hashValue == Point(x: 1, y: 2, name: "q").hashValue)
let grid = Set([Point(x: 0, y: 0, name: "o"), Point(x: 0, y: 0, name: "origin"), Point(x: 1, y: 0, name: "e")])
print(grid.count)
print(5.hashValue == 5.hashValue, "abc".hashValue == "abc".hashValue)
enum Suit: Hashable { case hearts, spades
    static func == (a: Suit, b: Suit) -> Bool { true }
    func hash(into hasher: inout Hasher) { hasher.combine(0) }
}
print(Set([Suit.hearts, Suit.spades]).count, Suit.hearts == Suit.spades)

// expect: true
// expect: true
// expect: 2
// expect: true true
// expect: 1 true
