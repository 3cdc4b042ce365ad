let a: [[Int]] = [[], [1]]
print(a)
let b: [[String]] = [["a"], []]
print(b)

// expect: [[], [1]]
// expect: [["a"], []]
