// Word count: count the words of a phrase (apostrophes inside words are kept, case is folded).
extension String {
    var wordCounts: [String: Int] {
        var counts: [String: Int] = [:]
        var word = ""
        func finish() {
            let trimmed = word.trimmingApostrophes()
            if !trimmed.isEmpty { counts[trimmed, default: 0] += 1 }
            word = ""
        }
        for ch in lowercased() {
            if ch.isLetter || ch.isNumber || ch == "'" {
                word.append(ch)
            } else {
                finish()
            }
        }
        finish()
        return counts
    }

    func trimmingApostrophes() -> String {
        var s = Substring(self)
        while s.first == "'" { s = s.dropFirst() }
        while s.last == "'" { s = s.dropLast() }
        return String(s)
    }
}

func show(_ counts: [String: Int]) -> String {
    counts.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
}
// cell
let phrases = [
    "word", "one of each", "one fish two fish red fish blue fish", "one,two,three",
    "one,\ntwo,\nthree", "car: carpet as java: javascript!!&@$%^&", "testing, 1, 2 testing",
    "go Go GO Stop stop", "Joe can't tell between 'large' and large.", "First: don't laugh. Then: don't cry. You're getting it.",
    " multiple   whitespaces", ",\n,one,\n ,two \n 'three'", "can, can't, 'can't'",
]
for p in phrases {
    print("[\(show(p.wordCounts))]")
}

// expect: [word: 1]
// expect: [each: 1, of: 1, one: 1]
// expect: [blue: 1, fish: 4, one: 1, red: 1, two: 1]
// expect: [one: 1, three: 1, two: 1]
// expect: [one: 1, three: 1, two: 1]
// expect: [as: 1, car: 1, carpet: 1, java: 1, javascript: 1]
// expect: [1: 1, 2: 1, testing: 2]
// expect: [go: 3, stop: 2]
// expect: [and: 1, between: 1, can't: 1, joe: 1, large: 2, tell: 1]
// expect: [cry: 1, don't: 2, first: 1, getting: 1, it: 1, laugh: 1, then: 1, you're: 1]
// expect: [multiple: 1, whitespaces: 1]
// expect: [one: 1, three: 1, two: 1]
// expect: [can: 1, can't: 2]
