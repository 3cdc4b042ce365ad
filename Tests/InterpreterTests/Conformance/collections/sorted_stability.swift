let words = ["bb", "a", "ccc", "dd", "e", "fff", "gg"]
print(words.sorted { $0.count < $1.count })
print(words.sorted { $0.count > $1.count })
var pairs = [(2, "x"), (1, "y"), (2, "z"), (1, "w")]
pairs.sort { $0.0 < $1.0 }
print(pairs.map { $0.1 })

// expect: ["a", "e", "bb", "dd", "gg", "ccc", "fff"]
// expect: ["ccc", "fff", "bb", "dd", "gg", "a", "e"]
// expect: ["y", "w", "x", "z"]
