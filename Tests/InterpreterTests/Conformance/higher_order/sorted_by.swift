let words = ["banana", "kiwi", "apple", "fig"]
print(words.sorted(by: { $0.count < $1.count }))
print(words.sorted { $0 > $1 })
print(words.sorted(by: <))

// expect: ["fig", "kiwi", "apple", "banana"]
// expect: ["kiwi", "fig", "banana", "apple"]
// expect: ["apple", "banana", "fig", "kiwi"]
