let words = ["bb", "a", "ccc"]
let pairs = words.map { ($0, $0.count) }.sorted { $0.1 > $1.1 }
print(pairs)

// expect: [("ccc", 3), ("bb", 2), ("a", 1)]
