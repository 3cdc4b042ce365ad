let f: Float = 0.1
let d = Double(f)
print(d)
let g = Float(0.1)
print(g)

// expect: 0.10000000149011612
// expect: 0.1
