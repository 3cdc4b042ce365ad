// Pangram: does a sentence use every letter of the English alphabet?
struct Pangram {
    static let alphabet = Set("abcdefghijklmnopqrstuvwxyz")

    static func isPangram(_ sentence: String) -> Bool {
        alphabet.isSubset(of: Set(sentence.lowercased()))
    }

    static func missingLetters(_ sentence: String) -> String {
        String(alphabet.subtracting(sentence.lowercased()).sorted())
    }
}
// cell
let sentences = [
    "",
    "abcdefghijklmnopqrstuvwxyz",
    "the quick brown fox jumps over the lazy dog",
    "a quick movement of the enemy will jeopardize five gunboats",
    "five boxing wizards jump quickly at it",
    "the_quick_brown_fox_jumps_over_the_lazy_dog",
    "the 1 quick brown fox jumps over the 2 lazy dogs",
    "7h3 qu1ck brown fox jumps ov3r 7h3 lazy dog",
    "\"Five quacking Zephyrs jolt my wax bed.\"",
    "abcdefghijklm ABCDEFGHIJKLM",
]
for s in sentences {
    print(Pangram.isPangram(s), "missing: [\(Pangram.missingLetters(s))]")
}

// expect: false missing: [abcdefghijklmnopqrstuvwxyz]
// expect: true missing: []
// expect: true missing: []
// expect: false missing: [x]
// expect: false missing: [h]
// expect: true missing: []
// expect: true missing: []
// expect: false missing: [eit]
// expect: true missing: []
// expect: false missing: [nopqrstuvwxyz]
