func triple(_ x: inout Int) { x *= 3 }
var xs = [1, 2, 3]
triple(&xs[1])
for i in xs.indices { triple(&xs[i]) }
print(xs)

// expect: [3, 18, 9]
