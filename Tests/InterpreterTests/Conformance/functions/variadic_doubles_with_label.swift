func average(of values: Double...) -> Double {
    if values.isEmpty { return 0 }
    return values.reduce(0, +) / Double(values.count)
}
print(average(of: 1, 2, 3, 4))
print(average(of: 2.5))

// expect: 2.5
// expect: 2.5
