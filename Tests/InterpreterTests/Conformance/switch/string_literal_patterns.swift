func kind(_ c: Character) -> String {
    switch c {
    case "+", "-": return "additive"
    case "*": return "multiplicative"
    case "é": return "accented"
    case "\n": return "newline"
    default: return "other"
    }
}

func word(_ s: String) -> Int {
    switch s {
    case "one": return 1
    case "e\u{301}": return 2
    case "": return 0
    default: return -1
    }
}

for c in "+*-é\nx" { print(kind(c)) }
print(word("one"), word("é"), word(""), word("two"))
let sub = "one two".split(separator: " ")[0]
switch sub {
case "one": print("substring matched")
default: print("substring not matched")
}

// expect: additive
// expect: multiplicative
// expect: additive
// expect: accented
// expect: newline
// expect: other
// expect: 1 2 0 -1
// expect: substring matched
