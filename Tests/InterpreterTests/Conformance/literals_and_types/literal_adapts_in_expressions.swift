let d: Double = 1 + 2
let e = 10 / 4 * 2.0
print(d, e)
let ratio = 3 / 2.0
print(ratio)

// expect: 3.0 5.0
// expect: 1.5
