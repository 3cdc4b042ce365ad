struct P { var x = 1 }
func bump(_ n: inout Int) { n += 10 }
var p = P()
bump(&p.x)
print(p.x)

// expect: 11
