let s = "apple pie"
let word = s[..<s.firstIndex(of: " ")!]
print(word == "apple", word < "banana", "apple" == word)
let set: Set<String> = ["apple"]
print(set.contains(String(word)))

// expect: true true true
// expect: true
