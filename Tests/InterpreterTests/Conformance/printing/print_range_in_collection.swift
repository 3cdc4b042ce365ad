let rs = [0..<2, 3..<5]
print(rs)
print(1...3)

// expect: [Range(0..<2), Range(3..<5)]
// expect: 1...3
