let c: Character = "x"
let s = String(c) + String(c)
print(s)
print(String([c, "y"]))

// expect: xx
// expect: xy
