func matmul(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] {
    let n = a.count
    let m = b[0].count
    let k = b.count
    var c = Array(repeating: Array(repeating: 0.0, count: m), count: n)
    for i in 0..<n {
        for j in 0..<m {
            var sum = 0.0
            for p in 0..<k {
                sum += a[i][p] * b[p][j]
            }
            c[i][j] = sum
        }
    }
    return c
}
let a: [[Double]] = [[1, 2, 3], [4, 5, 6]]
let b: [[Double]] = [[7, 8], [9, 10], [11, 12]]
let c = matmul(a, b)
print(c)
for row in c {
    print(row.map { String(Int($0)) }.joined(separator: "\t"))
}
let identity: [[Double]] = [[1, 0], [0, 1]]
print(matmul(c, identity) == c)

// expect: [[58.0, 64.0], [139.0, 154.0]]
// expect: 58	64
// expect: 139	154
// expect: true
