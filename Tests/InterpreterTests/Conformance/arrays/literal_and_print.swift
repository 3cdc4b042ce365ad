let a = [1, 2, 3]
let e: [Int] = []
let d = [0.5, 1.0]
print(a)
print(e)
print(d)
print([[1, 2], [3]])

// expect: [1, 2, 3]
// expect: []
// expect: [0.5, 1.0]
// expect: [[1, 2], [3]]
