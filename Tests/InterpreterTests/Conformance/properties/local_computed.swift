func report(_ values: [Int]) {
    var total = 0
    var average: Double { values.isEmpty ? 0 : Double(total) / Double(values.count) }
    for v in values { total += v }
    print("average", average)
    total = 0
    print("after reset", average)
}
report([2, 4, 9])

// expect: average 5.0
// expect: after reset 0.0
