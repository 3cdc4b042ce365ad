let f: Float = 0.1
let g: Float = 2.5
print(f)
print(g)
print(f + g)

// expect: 0.1
// expect: 2.5
// expect: 2.6
