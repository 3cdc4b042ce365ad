var letters = ["a", "b", "c", "d"]
var first = letters[0], last = letters[3]
swap(&first, &last)
letters[0] = first
letters[3] = last
print(letters)
var i = 1, j = 2
swap(&i, &j)
print(i, j)
letters.swapAt(1, 2)
print(letters)

// expect: ["d", "b", "c", "a"]
// expect: 2 1
// expect: ["d", "c", "b", "a"]
