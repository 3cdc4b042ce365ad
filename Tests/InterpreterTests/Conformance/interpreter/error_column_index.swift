// record: skip
let xs = [1, 2, 3]
let i = 7
print(xs[i])
// expect error: 4:7: Fatal error: Index out of range
