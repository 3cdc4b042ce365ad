let s = "the quick brown fox"
print(s.contains("quick"))
print(s.contains("slow"))
print(s.contains(Character("q")))

// expect: true
// expect: false
// expect: true
