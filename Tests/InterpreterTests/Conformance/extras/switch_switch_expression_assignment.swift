let n = 2
let word = switch n {
case 1: "one"
case 2: "two"
default: "other"
}
print(word)

// expect: two
