let xs = [1, 2, 3, 4]
let s = xs[1...2]
print(s)
print(s.count)
print(xs.prefix(3))

// expect: [2, 3]
// expect: 2
// expect: [1, 2, 3]
