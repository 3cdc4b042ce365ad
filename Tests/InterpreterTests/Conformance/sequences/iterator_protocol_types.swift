// Notebook types conforming to Sequence and IteratorProtocol: for-in, standard members, endless ones.
struct Countdown: Sequence, IteratorProtocol {
    var current: Int
    mutating func next() -> Int? {
        guard current > 0 else { return nil }
        defer { current -= 1 }
        return current
    }
}
for n in Countdown(current: 3) { print(n, terminator: " ") }
print()
print(Countdown(current: 4).map { $0 * 10 }, Countdown(current: 5).filter { $0 % 2 == 0 })
print(Countdown(current: 4).reduce(0, +), Countdown(current: 3).sorted(), Array(Countdown(current: 2)))
print(Countdown(current: 6).contains(4), Countdown(current: 6).contains { $0 > 9 })
struct Squares: Sequence {
    struct Iterator: IteratorProtocol {
        var n = 0
        mutating func next() -> Int? { n += 1; return n * n }
    }
    func makeIterator() -> Iterator { Iterator() }
}
print(Array(Squares().prefix(5)), Squares().first { $0 > 50 } ?? -1)
for (i, s) in Squares().prefix(3).enumerated() { print(i, s) }
final class Chain: Sequence, IteratorProtocol {
    var links: [String]
    init(_ links: [String]) { self.links = links }
    func next() -> String? { links.isEmpty ? nil : links.removeFirst() }
}
print(Chain(["a", "b", "c"]).joined(separator: "-"))

// expect: 3 2 1 
// expect: [40, 30, 20, 10] [4, 2]
// expect: 10 [1, 2, 3] [2, 1]
// expect: true false
// expect: [1, 4, 9, 16, 25] 64
// expect: 0 1
// expect: 1 4
// expect: 2 9
// expect: a-b-c
