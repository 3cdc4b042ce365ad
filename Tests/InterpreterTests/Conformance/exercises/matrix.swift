// Matrix: parse a text matrix, read rows and columns, and index it with a two-argument subscript.
struct Matrix: CustomStringConvertible {
    private var storage: [Int]
    let rows: Int
    let columns: Int

    init(_ text: String) {
        let parsed = text.split(separator: "\n").map { line in line.split(separator: " ").compactMap { Int($0) } }
        rows = parsed.count
        columns = parsed.first?.count ?? 0
        storage = parsed.flatMap { $0 }
    }

    subscript(row: Int, column: Int) -> Int {
        get { storage[row * columns + column] }
        set { storage[row * columns + column] = newValue }
    }

    func row(_ index: Int) -> [Int] { (0..<columns).map { self[index - 1, $0] } }
    func column(_ index: Int) -> [Int] { (0..<rows).map { self[$0, index - 1] } }

    var transposed: Matrix {
        var text = ""
        for c in 1...columns {
            text += column(c).map(String.init).joined(separator: " ") + "\n"
        }
        return Matrix(text)
    }

    var description: String {
        (1...rows).map { row($0).map { String($0) }.joined(separator: " ") }.joined(separator: "\n")
    }
}
// cell
var m = Matrix("9 8 7\n5 3 2\n6 6 7")
print(m.rows, m.columns)
print(m.row(1), m.row(3))
print(m.column(1), m.column(3))
print(m[1, 1], m[2, 0])
m[0, 0] = 10
m[2, 2] += 5
print(m)
print("---")
print(m.transposed)
let wide = Matrix("1 2 3 4\n5 6 7 8")
print(wide.rows, wide.columns, wide.column(4), wide.row(2))
print(Matrix("89 1903 3\n18 3 1\n9 4 800").column(2))
let single = Matrix("1")
print(single.row(1), single.column(1))

// expect: 3 3
// expect: [9, 8, 7] [6, 6, 7]
// expect: [9, 5, 6] [7, 2, 7]
// expect: 3 6
// expect: 10 8 7
// expect: 5 3 2
// expect: 6 6 12
// expect: ---
// expect: 10 5 6
// expect: 8 3 6
// expect: 7 2 12
// expect: 2 4 [4, 8] [5, 6, 7, 8]
// expect: [1903, 3, 4]
// expect: [1] [1]
