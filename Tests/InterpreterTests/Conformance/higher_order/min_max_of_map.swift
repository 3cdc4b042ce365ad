let words = ["tree", "a", "house"]
print(words.map { $0.count }.max()!)
print(words.map { $0.count }.min()!)

// expect: 5
// expect: 1
