var words = ["b", "a"]
words.append("c")
print(words)
print(words.sorted())
print(words.joined(separator: "+"))

// expect: ["b", "a", "c"]
// expect: ["a", "b", "c"]
// expect: b+a+c
