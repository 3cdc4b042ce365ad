let xs = [3.0, 1.0, 4.0, 1.0, 5.0]
let stats = xs.reduce((sum: 0.0, count: 0)) { acc, x in
    (acc.sum + x, acc.count + 1)
}
print(stats.sum / Double(stats.count))
print(stats)

// expect: 2.8
// expect: (sum: 14.0, count: 5)
