func score(_ word: String) -> Int { word.count }
func score(_ word: String, bonus: Int = 0, triple: Bool = false) -> Int {
    let base = score(word) + bonus
    return triple ? base * 3 : base
}
print(score("swift"), score("swift", bonus: 2), score("swift", triple: true))
func greet(_ name: String) -> String { "Hi \(name)" }
func greet(_ name: String, punctuation: String = "!") -> String { greet(name) + punctuation }
print(greet("Ann"), greet("Bo", punctuation: "?"))

// expect: 5 7 15
// expect: Hi Ann Hi Bo?
