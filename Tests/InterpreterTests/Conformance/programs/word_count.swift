let text = """
the quick brown fox jumps over the lazy dog
the dog barks and the fox runs
a quick brown dog
"""
var counts: [String: Int] = [:]
for line in text.split(separator: "\n") {
    for word in line.split(separator: " ") {
        counts[String(word), default: 0] += 1
    }
}
let top = counts.sorted { a, b in
    a.value != b.value ? a.value > b.value : a.key < b.key
}
for (word, n) in top.prefix(5) {
    print(word, n)
}
print("distinct:", counts.count)
print("total:", counts.values.reduce(0, +))

// expect: the 4
// expect: dog 3
// expect: brown 2
// expect: fox 2
// expect: quick 2
// expect: distinct: 12
// expect: total: 20
