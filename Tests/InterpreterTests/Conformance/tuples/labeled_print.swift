let p = (x: 1, y: 2)
print(p)
print(p.x, p.y)
let q = (name: "a", score: 2.5)
print(q)

// expect: (x: 1, y: 2)
// expect: 1 2
// expect: (name: "a", score: 2.5)
