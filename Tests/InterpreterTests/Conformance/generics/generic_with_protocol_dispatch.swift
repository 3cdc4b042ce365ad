protocol Scorer {
    func score(_ word: String) -> Int
}

struct LengthScorer: Scorer {
    func score(_ word: String) -> Int { word.count }
}

struct VowelScorer: Scorer {
    func score(_ word: String) -> Int { word.filter { "aeiou".contains($0) }.count }
}

func rank<S: Scorer>(_ words: [String], by s: S) -> [String] {
    words.sorted { s.score($0) > s.score($1) || (s.score($0) == s.score($1) && $0 < $1) }
}

let ws = ["tree", "a", "banana", "sky"]
print(rank(ws, by: LengthScorer()))
print(rank(ws, by: VowelScorer()))

// expect: ["banana", "tree", "sky", "a"]
// expect: ["banana", "tree", "a", "sky"]
