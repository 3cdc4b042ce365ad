let a = (1, 2)
let b = (1, 3)
print(a == b, a < b)

// expect: false true
