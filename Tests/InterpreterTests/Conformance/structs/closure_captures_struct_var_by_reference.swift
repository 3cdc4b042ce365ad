struct S { var n = 0 }
var s = S()
let bump = { s.n += 1 }
bump()
bump()
print(s.n)

// expect: 2
