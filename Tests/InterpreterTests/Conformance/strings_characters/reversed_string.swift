let s = "drawer"
print(String(s.reversed()))
let words = "one two three".split(separator: " ")
print(words.reversed().joined(separator: " "))

// expect: reward
// expect: three two one
