// Saddle points: cells that are the largest in their row and the smallest in their column.
struct SaddlePoint: Hashable, Comparable, CustomStringConvertible {
    let row: Int
    let column: Int

    static func < (a: SaddlePoint, b: SaddlePoint) -> Bool {
        (a.row, a.column) < (b.row, b.column)
    }

    var description: String { "(\(row), \(column))" }
}

func saddlePoints(_ matrix: [[Int]]) -> [SaddlePoint] {
    guard let width = matrix.first?.count, width > 0 else { return [] }
    let rowMax = matrix.map { $0.max()! }
    let columnMin = (0..<width).map { c in matrix.map { $0[c] }.min()! }
    var points: [SaddlePoint] = []
    for (r, row) in matrix.enumerated() {
        for (c, value) in row.enumerated() where value == rowMax[r] && value == columnMin[c] {
            points.append(SaddlePoint(row: r + 1, column: c + 1))
        }
    }
    return points.sorted()
}
// cell
let matrices: [[[Int]]] = [
    [[9, 8, 7], [5, 3, 2], [6, 6, 7]],
    [[]],
    [[1, 2, 3], [3, 1, 2], [2, 3, 1]],
    [[4, 5, 4], [3, 5, 5], [1, 5, 4]],
    [[6, 7, 8], [5, 5, 5], [7, 5, 6]],
    [[8, 7, 9], [6, 7, 6], [3, 2, 5]],
    [[3, 1, 3], [3, 2, 4]],
    [[2], [1], [4], [1]],
    [[2, 5, 3, 5]],
]
for m in matrices {
    print(m, "->", saddlePoints(m))
}

// expect: [[9, 8, 7], [5, 3, 2], [6, 6, 7]] -> [(2, 1)]
// expect: [[]] -> []
// expect: [[1, 2, 3], [3, 1, 2], [2, 3, 1]] -> []
// expect: [[4, 5, 4], [3, 5, 5], [1, 5, 4]] -> [(1, 2), (2, 2), (3, 2)]
// expect: [[6, 7, 8], [5, 5, 5], [7, 5, 6]] -> [(2, 1), (2, 2), (2, 3)]
// expect: [[8, 7, 9], [6, 7, 6], [3, 2, 5]] -> [(3, 3)]
// expect: [[3, 1, 3], [3, 2, 4]] -> [(1, 1), (1, 3)]
// expect: [[2], [1], [4], [1]] -> [(2, 1), (4, 1)]
// expect: [[2, 5, 3, 5]] -> [(1, 2), (1, 4)]
