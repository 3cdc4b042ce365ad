let n = 7
let d = Double(n) / 2
print(d)
let back = Int(d)
print(back)
print(Int(-3.9))

// expect: 3.5
// expect: 3
// expect: -3
