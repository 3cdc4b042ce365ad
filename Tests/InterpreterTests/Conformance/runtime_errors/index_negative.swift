var xs = [1, 2, 3]
let k = -1
print("start")
xs[k] = 5

// expect: start
// expect error: 4: Index out of range
