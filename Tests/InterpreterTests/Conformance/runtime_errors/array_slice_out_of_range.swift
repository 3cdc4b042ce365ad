let xs = [1, 2, 3]
print(xs[0..<2])
let end = 5
print(xs[1..<end])

// expect: [1, 2]
// expect error: 4: out of range
