let word = "planet"
let first = word[word.startIndex]
let second = word[word.index(after: word.startIndex)]
let last = word[word.index(before: word.endIndex)]
print(first, second, last)
print(word.startIndex == word.endIndex, "".startIndex == "".endIndex)

// expect: p l t
// expect: false true
