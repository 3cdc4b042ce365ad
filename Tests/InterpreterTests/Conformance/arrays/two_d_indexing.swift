let m = [[1, 2, 3], [4, 5, 6]]
var total = 0
for r in 0..<m.count {
    for c in 0..<m[r].count {
        total += m[r][c] * (r + 1)
    }
}
print(total)

// expect: 36
