// Anagram: pick the candidates that are anagrams of a word (case-insensitive, not the word itself).
extension String {
    /// The letters of the word, lowercased and sorted: equal for anagrams.
    var anagramKey: [Character] { lowercased().sorted() }
}

struct Anagram {
    let word: String

    init(word: String) { self.word = word }

    func match(_ candidates: [String]) -> [String] {
        let key = word.anagramKey
        let lower = word.lowercased()
        return candidates.filter { candidate in
            candidate.lowercased() != lower && candidate.anagramKey == key
        }
    }
}
// cell
let cases: [(String, [String])] = [
    ("diaper", ["hello", "world", "zombies", "pants"]),
    ("ant", ["tan", "stand", "at"]),
    ("master", ["stream", "pigeon", "maters"]),
    ("galea", ["eagle"]),
    ("good", ["dog", "goody"]),
    ("listen", ["enlists", "google", "inlets", "banana"]),
    ("allergy", ["gallery", "ballerina", "regally", "clergy", "largely", "leading"]),
    ("Orchestra", ["cashregister", "Carthorse", "radishes"]),
    ("go", ["go Go GO"]),
    ("BANANA", ["Banana", "banana"]),
    ("tapper", ["patter"]),
]
for (word, candidates) in cases {
    let found = Anagram(word: word).match(candidates)
    print("\(word): \(found) (\(found.count))")
}

// expect: diaper: [] (0)
// expect: ant: ["tan"] (1)
// expect: master: ["stream", "maters"] (2)
// expect: galea: [] (0)
// expect: good: [] (0)
// expect: listen: ["inlets"] (1)
// expect: allergy: ["gallery", "regally", "largely"] (3)
// expect: Orchestra: ["Carthorse"] (1)
// expect: go: [] (0)
// expect: BANANA: [] (0)
// expect: tapper: [] (0)
