indirect enum Tree<T: Comparable> {
    case empty
    case node(Tree<T>, T, Tree<T>)

    func inserting(_ v: T) -> Tree<T> {
        switch self {
        case .empty:
            return .node(.empty, v, .empty)
        case let .node(l, x, r):
            if v < x { return .node(l.inserting(v), x, r) }
            return .node(l, x, r.inserting(v))
        }
    }

    var inOrder: [T] {
        switch self {
        case .empty: return []
        case let .node(l, x, r): return l.inOrder + [x] + r.inOrder
        }
    }

    var depth: Int {
        switch self {
        case .empty: return 0
        case let .node(l, _, r): return 1 + max(l.depth, r.depth)
        }
    }
}

var t = Tree<Int>.empty
for v in [5, 2, 8, 1, 9, 3] { t = t.inserting(v) }
print(t.inOrder, t.depth)
var w = Tree<String>.empty
for s in ["m", "c", "x"] { w = w.inserting(s) }
print(w.inOrder)

// expect: [1, 2, 3, 5, 8, 9] 3
// expect: ["c", "m", "x"]
