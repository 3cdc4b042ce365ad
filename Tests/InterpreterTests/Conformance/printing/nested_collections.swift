let a = [[[1]], [[2, 3]]]
let b: [[Double]] = [[1, 2.5], []]
let c: [[String: Int]] = [["x": 1]]
print(a)
print(b)
print(c)

// expect: [[[1]], [[2, 3]]]
// expect: [[1.0, 2.5], []]
// expect: [["x": 1]]
