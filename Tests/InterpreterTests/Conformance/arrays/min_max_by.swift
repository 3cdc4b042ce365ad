let words = ["kiwi", "banana", "fig"]
print(words.min(by: { $0.count < $1.count })!)
print(words.max(by: { $0.count < $1.count })!)

// expect: fig
// expect: banana
