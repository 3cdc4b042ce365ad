func half(_ x: Int) -> Double { Double(x) / 2 }
print([1, 2, 3].map(half))
print(["3", "4"].map { Int($0)! })

// expect: [0.5, 1.0, 1.5]
// expect: [3, 4]
