// Custom set: a generic set on a sorted array, with the usual algebra and Equatable.
struct CustomSet<Element: Comparable>: Equatable, CustomStringConvertible {
    private var items: [Element] = []

    init(_ elements: [Element] = []) {
        for e in elements { insert(e) }
    }

    var isEmpty: Bool { items.isEmpty }
    var count: Int { items.count }

    func contains(_ e: Element) -> Bool { items.contains(e) }

    mutating func insert(_ e: Element) {
        guard !contains(e) else { return }
        let index = items.firstIndex { $0 > e } ?? items.endIndex
        items.insert(e, at: index)
    }

    func isSubset(of other: CustomSet) -> Bool { items.allSatisfy(other.contains) }
    func isDisjoint(with other: CustomSet) -> Bool { !items.contains(where: other.contains) }
    func intersection(_ other: CustomSet) -> CustomSet { CustomSet(items.filter(other.contains)) }
    func subtracting(_ other: CustomSet) -> CustomSet { CustomSet(items.filter { !other.contains($0) }) }
    func union(_ other: CustomSet) -> CustomSet { CustomSet(items + other.items) }

    var description: String { "{" + items.map { "\($0)" }.joined(separator: ", ") + "}" }
}
// cell
let empty = CustomSet<Int>()
let s = CustomSet([3, 1, 2, 1, 3])
print(empty, empty.isEmpty, s, s.count, s.isEmpty)
print(s.contains(1), s.contains(4), empty.contains(1))
print(empty.isSubset(of: s), s.isSubset(of: empty), CustomSet([1, 2]).isSubset(of: s), s.isSubset(of: s))
print(s.isDisjoint(with: CustomSet([4, 5])), s.isDisjoint(with: CustomSet([3, 9])), empty.isDisjoint(with: empty))
print(CustomSet([1, 2, 3]) == CustomSet([3, 2, 1]), CustomSet([1, 2]) == CustomSet([1, 2, 4]))
var t = CustomSet([4, 2])
t.insert(3)
t.insert(2)
print(t)
print(s.intersection(t), s.subtracting(t), s.union(t), t.union(empty))
let words = CustomSet(["pear", "apple", "fig"]).union(CustomSet(["apple", "kiwi"]))
print(words, words.count)

// expect: {} true {1, 2, 3} 3 false
// expect: true false false
// expect: true false true true
// expect: true false true
// expect: true false
// expect: {2, 3, 4}
// expect: {2, 3} {1} {1, 2, 3, 4} {2, 3, 4}
// expect: {apple, fig, kiwi, pear} 4
