var m: [[Int]] = []
for i in 0..<3 {
    var row: [Int] = []
    for j in 0..<3 {
        row.append(i * 3 + j)
    }
    m.append(row)
}
print(m)

// expect: [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
