struct P { var x: Int }
let ps = [P(x: 1), P(x: 2)]
print(ps)
print(ps[0])

// expect: [main.P(x: 1), main.P(x: 2)]
// expect: P(x: 1)
