let r = 0..<3
let c = 1...5
print(r)
print(c)
print(r.count, c.count)

// expect: 0..<3
// expect: 1...5
// expect: 3 5
