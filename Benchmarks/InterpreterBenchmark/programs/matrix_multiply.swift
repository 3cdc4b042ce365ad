// Benchmark: dense matrix product with nested arrays (the triple loop a student writes).
let n = 160
var a: [[Double]] = []
var b: [[Double]] = []
for i in 0..<n {
    var rowA: [Double] = []
    var rowB: [Double] = []
    for j in 0..<n {
        rowA.append(Double((i * 7 + j * 3) % 11) / 10.0)
        rowB.append(Double((i * 5 + j * 2) % 13) / 10.0 - 0.5)
    }
    a.append(rowA)
    b.append(rowB)
}
var c = Array(repeating: Array(repeating: 0.0, count: n), count: n)
for i in 0..<n {
    for j in 0..<n {
        var sum = 0.0
        for k in 0..<n {
            sum += a[i][k] * b[k][j]
        }
        c[i][j] = sum
    }
}
var trace = 0.0
var total = 0.0
for i in 0..<n {
    trace += c[i][i]
    for j in 0..<n {
        total += c[i][j]
    }
}
print("checksum: \(Int(trace * 1000)) \(Int(total * 1000))")
