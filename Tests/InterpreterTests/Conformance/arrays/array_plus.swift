let a = [1, 2]
let b = [3]
print(a + b)
print(a + [])

// expect: [1, 2, 3]
// expect: [1, 2]
