let text = "the cat and the hat"
let words = text.split(separator: " ")
print(words.filter { $0 == "the" }.count)
print(words.map { $0.count })

// expect: 2
// expect: [3, 3, 3, 3, 3]
