let letters: [Character] = ["d", "a", "c", "b"]
print(letters.sorted())
print(Character("a") < Character("b"), letters.max()!)
let s = "hello"
print(s.filter { $0 > "h" })

// expect: ["a", "b", "c", "d"]
// expect: true d
// expect: llo
