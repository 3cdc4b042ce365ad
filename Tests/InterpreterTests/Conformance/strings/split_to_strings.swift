let words = "one two  three".split(separator: " ").map { String($0) }
print(words)
print(words.count)

// expect: ["one", "two", "three"]
// expect: 3
