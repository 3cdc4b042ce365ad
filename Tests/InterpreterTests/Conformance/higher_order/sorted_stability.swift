let items = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
let s = items.sorted { $0.0 < $1.0 }
print(s.map { $0.1 })

// expect: ["b", "d", "a", "c"]
