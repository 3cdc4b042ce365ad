// Scrabble score: the sum of the letter values of a word.
extension Character {
    var scrabbleValue: Int {
        switch Character(lowercased()) {
        case "a", "e", "i", "o", "u", "l", "n", "r", "s", "t": return 1
        case "d", "g": return 2
        case "b", "c", "m", "p": return 3
        case "f", "h", "v", "w", "y": return 4
        case "k": return 5
        case "j", "x": return 8
        case "q", "z": return 10
        default: return 0
        }
    }
}

extension String {
    var scrabbleScore: Int { reduce(0) { $0 + $1.scrabbleValue } }
}
// cell
let words = ["a", "A", "f", "at", "zoo", "street", "quirky", "OxyphenButazone", "pinata", "", "abcdefghijklmnopqrstuvwxyz"]
for w in words { print(w, w.scrabbleScore) }
let best = words.max { $0.scrabbleScore < $1.scrabbleScore }!
print("best:", best)
print(words.sorted { ($0.scrabbleScore, $0) < ($1.scrabbleScore, $1) })

// expect: a 1
// expect: A 1
// expect: f 4
// expect: at 2
// expect: zoo 12
// expect: street 6
// expect: quirky 22
// expect: OxyphenButazone 41
// expect: pinata 8
// expect:  0
// expect: abcdefghijklmnopqrstuvwxyz 87
// expect: best: abcdefghijklmnopqrstuvwxyz
// expect: ["", "A", "a", "at", "f", "street", "pinata", "zoo", "quirky", "OxyphenButazone", "abcdefghijklmnopqrstuvwxyz"]
