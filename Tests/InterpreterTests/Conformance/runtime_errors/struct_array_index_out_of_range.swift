struct P { var x: Int }
var ps = [P(x: 1)]
ps[0].x = 2
print(ps[0].x)
ps[1].x = 3

// expect: 2
// expect error: 5: Index out of range
