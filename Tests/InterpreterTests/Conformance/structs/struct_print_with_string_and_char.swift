struct Token {
    var text: String
    var kind: Character
    var weight: Float
}
print(Token(text: "if", kind: "k", weight: 0.5))

// expect: Token(text: "if", kind: "k", weight: 0.5)
