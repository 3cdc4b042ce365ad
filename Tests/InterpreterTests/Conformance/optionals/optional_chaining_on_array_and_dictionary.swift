let d: [String: [Int]] = ["a": [1, 2, 3]]
print(d["a"]?.count)
print(d["b"]?.count)
print(d["a"]?.first)
print(d["a"]?[1] ?? 0)

// expect: Optional(3)
// expect: nil
// expect: Optional(1)
// expect: 2
