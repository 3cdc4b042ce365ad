let words = ["apple", "avocado", "banana", "blueberry", "cherry"]
let groups = Dictionary(grouping: words, by: { $0.first! })
for key in groups.keys.sorted() {
    print(key, groups[key]!)
}

// expect: a ["apple", "avocado"]
// expect: b ["banana", "blueberry"]
// expect: c ["cherry"]
