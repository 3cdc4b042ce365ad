// Pascal's triangle: rows built from the previous row.
struct PascalsTriangle {
    let rows: [[Int]]

    init(_ count: Int) {
        var rows: [[Int]] = []
        for _ in 0..<count {
            guard let last = rows.last else { rows.append([1]); continue }
            rows.append(zip([0] + last, last + [0]).map(+))
        }
        self.rows = rows
    }
}

extension Array where Element == [Int] {
    var centeredLines: [String] {
        let lines = map { $0.map(String.init).joined(separator: " ") }
        let width = lines.last?.count ?? 0
        return lines.map { String(repeating: " ", count: (width - $0.count) / 2) + $0 }
    }
}
// cell
print(PascalsTriangle(0).rows)
print(PascalsTriangle(1).rows)
print(PascalsTriangle(2).rows)
print(PascalsTriangle(4).rows)
for line in PascalsTriangle(7).rows.centeredLines { print(line) }
let twenty = PascalsTriangle(20).rows
print(twenty.last!, twenty.last!.reduce(0, +))
print(twenty.map { $0.reduce(0, +) }.suffix(4))

// expect: []
// expect: [[1]]
// expect: [[1], [1, 1]]
// expect: [[1], [1, 1], [1, 2, 1], [1, 3, 3, 1]]
// expect:        1
// expect:       1 1
// expect:      1 2 1
// expect:     1 3 3 1
// expect:    1 4 6 4 1
// expect:  1 5 10 10 5 1
// expect: 1 6 15 20 15 6 1
// expect: [1, 19, 171, 969, 3876, 11628, 27132, 50388, 75582, 92378, 92378, 75582, 50388, 27132, 11628, 3876, 969, 171, 19, 1] 524288
// expect: [65536, 131072, 262144, 524288]
