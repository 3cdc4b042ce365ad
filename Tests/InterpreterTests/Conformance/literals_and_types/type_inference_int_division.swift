let a = 7 / 2
let b = 7.0 / 2
print(a)
print(b)

// expect: 3
// expect: 3.5
