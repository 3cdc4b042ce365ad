let a = ["x": 1, "y": 2]
let b = ["y": 2, "x": 1]
print(a == b)

// expect: true
