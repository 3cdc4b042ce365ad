let line = String(repeating: "=-", count: 5)
print(line)
let chars: [Character] = ["s", "w", "i", "f", "t"]
print(String(chars))
print(String(chars.reversed()))
print(String(repeating: Character("x"), count: 3))

// expect: =-=-=-=-=-
// expect: swift
// expect: tfiws
// expect: xxx
