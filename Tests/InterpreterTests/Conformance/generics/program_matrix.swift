struct Matrix<T: Numeric> {
    let rows: Int
    let cols: Int
    var data: [T]

    init(rows: Int, cols: Int, fill: T) {
        self.rows = rows
        self.cols = cols
        data = Array(repeating: fill, count: rows * cols)
    }

    func get(_ r: Int, _ c: Int) -> T { data[r * cols + c] }

    mutating func set(_ r: Int, _ c: Int, _ v: T) { data[r * cols + c] = v }

    func times(_ other: Matrix<T>) -> Matrix<T> {
        var out = Matrix(rows: rows, cols: other.cols, fill: data[0] - data[0])
        for i in 0..<rows {
            for j in 0..<other.cols {
                var s = data[0] - data[0]
                for k in 0..<cols { s += get(i, k) * other.get(k, j) }
                out.set(i, j, s)
            }
        }
        return out
    }

    var rowsArray: [[T]] {
        (0..<rows).map { r in (0..<cols).map { get(r, $0) } }
    }
}

var a = Matrix(rows: 2, cols: 2, fill: 0)
a.set(0, 0, 1); a.set(0, 1, 2); a.set(1, 0, 3); a.set(1, 1, 4)
print(a.times(a).rowsArray)
var b = Matrix(rows: 1, cols: 2, fill: 0.5)
b.set(0, 1, 2)
var c = Matrix(rows: 2, cols: 1, fill: 2.0)
print(b.times(c).rowsArray)

// expect: [[7, 10], [15, 22]]
// expect: [[5.0]]
