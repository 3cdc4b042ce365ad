let xs = [1, 2, 3]
print(xs.map { $0 * $0 })
print(xs.map { String($0) })
print(xs.map { Double($0) / 2 })
print(["a", "bb"].map { $0.count })

// expect: [1, 4, 9]
// expect: ["1", "2", "3"]
// expect: [0.5, 1.0, 1.5]
// expect: [1, 2]
