let s = Set(arrayLiteral: "b", "a", "b")
print(s.count, s.sorted())
let t: Set<Character> = Set("mississippi")
print(t.count, t.sorted())
print(Set([1, 2]).isStrictSubset(of: [1, 2, 3]), Set([1, 2]).isStrictSuperset(of: [1, 2]))

// expect: 2 ["a", "b"]
// expect: 4 ["i", "m", "p", "s"]
// expect: true false
