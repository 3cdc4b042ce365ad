func inc(_ x: Int) -> Int { x + 1 }
let f: (Int) -> Int = inc
print(f(1))
let g = inc
print(g(g(1)))

// expect: 2
// expect: 3
