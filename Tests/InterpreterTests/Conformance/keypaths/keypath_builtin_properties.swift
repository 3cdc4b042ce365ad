let words = ["kiwi", "banana", "fig"]
print(words.map(\.count))
print(words.map(\.isEmpty))
let counts = words.map(\.count).sorted()
print(counts)

// expect: [4, 6, 3]
// expect: [false, false, false]
// expect: [3, 4, 6]
