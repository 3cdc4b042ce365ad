let n = 5
let d = 2.5
print(n.description + d.description)
print(true.description)

// expect: 52.5
// expect: true
