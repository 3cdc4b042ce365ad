func f() {}
let g = { (x: Int) in x }
print(f)
print(g)

// expect: (Function)
// expect: (Function)
