var a = 1, b = 2
let c = 3, d: Double = 4
print(a, b, c, d)
a = b
print(a)

// expect: 1 2 3 4.0
// expect: 2
