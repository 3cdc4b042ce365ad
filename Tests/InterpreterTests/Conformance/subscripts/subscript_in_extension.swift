struct Word {
    var text: String
}
extension Word {
    subscript(i: Int) -> Character {
        let chars = Array(text)
        return chars[i]
    }
}
let w = Word(text: "swift")
print(w[0], w[4])

// expect: s t
