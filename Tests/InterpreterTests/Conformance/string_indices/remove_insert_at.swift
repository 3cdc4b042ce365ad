var s = "cat"
s.insert("s", at: s.endIndex)
print(s)
s.insert("!", at: s.startIndex)
print(s)
let removed = s.remove(at: s.startIndex)
print(removed, s)
s.insert(contentsOf: "big ", at: s.startIndex)
print(s)

// expect: cats
// expect: !cats
// expect: ! cats
// expect: big cats
