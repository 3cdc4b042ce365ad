struct Graph {
    typealias Node = Int
    typealias Edge = (from: Node, to: Node)

    var edges: [Edge] = []

    mutating func connect(_ a: Node, _ b: Node) { edges.append((from: a, to: b)) }

    func neighbors(of n: Node) -> [Node] {
        edges.filter { $0.from == n }.map { $0.to }
    }
}

var g = Graph()
g.connect(1, 2)
g.connect(1, 3)
g.connect(2, 3)
print(g.neighbors(of: 1), g.neighbors(of: 3))
print(g.edges.count)

// expect: [2, 3] []
// expect: 3
