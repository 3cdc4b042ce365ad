let (a, b) = (3, 4)
print(a + b)
let (name, _) = ("bob", 9)
print(name)
var (x, y) = (1, 2)
(x, y) = (y, x)
print(x, y)

// expect: 7
// expect: bob
// expect: 2 1
