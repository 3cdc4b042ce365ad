// Dominoes: can the stones form a closed chain? Backtracking search with a typealias'd stone.
typealias Stone = (left: Int, right: Int)

func chain(_ stones: [Stone]) -> [Stone]? {
    guard let first = stones.first else { return [] }
    func extend(_ chain: [Stone], _ remaining: [Stone]) -> [Stone]? {
        if remaining.isEmpty { return chain.first!.left == chain.last!.right ? chain : nil }
        let end = chain.last!.right
        for (i, stone) in remaining.enumerated() {
            var rest = remaining
            rest.remove(at: i)
            if stone.left == end, let found = extend(chain + [stone], rest) { return found }
            if stone.right == end, let found = extend(chain + [(stone.right, stone.left)], rest) { return found }
        }
        return nil
    }
    return extend([first], Array(stones.dropFirst()))
}

func describe(_ stones: [Stone]?) -> String {
    guard let stones else { return "no chain" }
    return stones.map { "[\($0.left)|\($0.right)]" }.joined()
}
// cell
let sets: [[Stone]] = [
    [], [(1, 1)], [(1, 2)], [(1, 2), (3, 1), (2, 3)], [(1, 2), (1, 3), (2, 3)], [(1, 2), (4, 1), (2, 3)],
    [(1, 1), (2, 2)], [(1, 2), (2, 1), (3, 4), (4, 3)], [(1, 2), (2, 3), (3, 1), (4, 4)],
    [(1, 2), (2, 3), (3, 1), (2, 4), (2, 4)], [(1, 2), (2, 3), (3, 1), (1, 1), (2, 2), (3, 3)],
    [(1, 2), (5, 3), (3, 1), (1, 2), (2, 4), (1, 6), (2, 3), (3, 4), (5, 6)],
]
for s in sets {
    print(describe(s), "=>", describe(chain(s)))
}

// expect:  => 
// expect: [1|1] => [1|1]
// expect: [1|2] => no chain
// expect: [1|2][3|1][2|3] => [1|2][2|3][3|1]
// expect: [1|2][1|3][2|3] => [1|2][2|3][3|1]
// expect: [1|2][4|1][2|3] => no chain
// expect: [1|1][2|2] => no chain
// expect: [1|2][2|1][3|4][4|3] => no chain
// expect: [1|2][2|3][3|1][4|4] => no chain
// expect: [1|2][2|3][3|1][2|4][2|4] => [1|2][2|4][4|2][2|3][3|1]
// expect: [1|2][2|3][3|1][1|1][2|2][3|3] => [1|2][2|2][2|3][3|3][3|1][1|1]
// expect: [1|2][5|3][3|1][1|2][2|4][1|6][2|3][3|4][5|6] => [1|2][2|1][1|3][3|2][2|4][4|3][3|5][5|6][6|1]
