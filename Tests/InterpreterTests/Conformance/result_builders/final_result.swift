@resultBuilder
struct Sentence {
    static func buildBlock(_ words: String...) -> [String] { words }
    static func buildExpression(_ w: String) -> String { w }
    static func buildExpression(_ n: Int) -> String { String(n) }
    static func buildFinalResult(_ words: [String]) -> String {
        words.joined(separator: " ") + "."
    }
}

@Sentence func make(_ count: Int) -> String {
    "I"
    "have"
    count
    "apples"
}

print(make(3))
let s: String = make(12)
print(s.count)

// expect: I have 3 apples.
// expect: 17
