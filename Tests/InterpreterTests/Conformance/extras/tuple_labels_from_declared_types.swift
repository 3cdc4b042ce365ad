// Unlabelled tuples take the labels of the declared type they are stored as, passed as or returned as.
typealias Edge = (from: Int, to: Int)
func reversed(_ edges: [Edge]) -> [Edge] { edges.map { ($0.to, $0.from) } }
let edges: [Edge] = [(1, 2), (2, 3)]
print(reversed(edges).map { "\($0.from)->\($0.to)" })
var roster: [(name: String, grade: Int)] {
    [("Ann", 2), ("Bo", 1)].sorted { $0.1 < $1.1 }
}
for entry in roster { print(entry.name, entry.grade) }
func extend(_ chain: [Edge], with e: Edge) -> [Edge] { chain + [(e.to, e.from)] }
print(extend(edges, with: (from: 7, to: 8)).last!.from)
let letters = "ab c".split { $0 == " " || $0 == "b" }
print(letters, String(["x", "y"].map { $0 == "x" ? Character("X") : " " }))

// expect: ["2->1", "3->2"]
// expect: Bo 1
// expect: Ann 2
// expect: 8
// expect: ["a", "c"] X 
