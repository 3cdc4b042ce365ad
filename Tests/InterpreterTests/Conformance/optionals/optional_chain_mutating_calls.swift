var maybe: [Int]? = [1, 2]
maybe?.append(3)
maybe?.removeFirst()
print(maybe as Any)
var none: [Int]? = nil
none?.append(1)
print(none as Any)
struct Counter { var n = 0; mutating func bump(by k: Int = 1) { n += k } }
var c: Counter? = Counter()
c?.bump()
c?.bump(by: 10)
c?.n += 5
print(c!.n)
var groups: [String: [String]] = ["a": ["apple"]]
for w in ["avocado", "banana", "blueberry", "cherry"] {
    let key = String(w.first!)
    if groups[key] == nil { groups[key] = [] }
    groups[key]?.append(w)
}
for k in groups.keys.sorted() { print(k, groups[k]!) }
var scores: [String: Int] = ["x": 1]
scores["x"]? += 10
scores["y"]? += 10
print(scores.sorted { $0.key < $1.key })
class Node { var children: [String] = [] }
var root: Node? = Node()
root?.children.append("leaf")
print(root?.children ?? [])

// expect: Optional([2, 3])
// expect: nil
// expect: 16
// expect: a ["apple", "avocado"]
// expect: b ["banana", "blueberry"]
// expect: c ["cherry"]
// expect: [(key: "x", value: 11)]
// expect: ["leaf"]
