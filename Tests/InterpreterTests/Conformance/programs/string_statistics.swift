let sentence = "Swift makes interpreting notebooks fun and Swift is fast"
let words = sentence.split(separator: " ").map { $0.lowercased() }
let longest = words.max { $0.count < $1.count }!
let avg = Double(words.map { $0.count }.reduce(0, +)) / Double(words.count)
var letters: [Character: Int] = [:]
for c in sentence.lowercased() where c.isLetter {
    letters[c, default: 0] += 1
}
let common = letters.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(3)
print(words.count, longest, avg)
for (c, n) in common {
    print(c, n)
}
print(Set(words).count)

// expect: 9 interpreting 5.333333333333333
// expect: s 6
// expect: t 6
// expect: i 5
// expect: 8
