let s: Set = ["only"]
print(s)
let e = Set<Int>()
print(e)

// expect: ["only"]
// expect: []
