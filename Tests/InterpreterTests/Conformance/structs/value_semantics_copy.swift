struct V { var n: Int }
var a = V(n: 1)
var b = a
b.n = 2
print(a.n, b.n)

// expect: 1 2
