protocol Scorable {
    var score: Int { get }
}

struct Player {
    var name: String
    var points: [Int]
}

extension Player: Scorable {
    var score: Int { points.reduce(0, +) }
}

extension Player: CustomStringConvertible {
    var description: String { "\(name) (\(score))" }
}

let ps = [Player(name: "A", points: [3, 4]), Player(name: "B", points: [10])]
let best = ps.max { $0.score < $1.score }!
print(best)
print(ps)
let s: Scorable = ps[0]
print(s.score)

// expect: B (10)
// expect: [A (7), B (10)]
// expect: 7
