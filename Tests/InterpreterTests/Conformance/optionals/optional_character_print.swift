let c: Character? = "q"
print(c)
let s = "abc"
print(s.first)

// expect: Optional("q")
// expect: Optional("a")
