struct Point { var x: Int, y: Int }
var p = Point(x: 3, y: 4)
let kx = \Point.x
print(p[keyPath: kx], p[keyPath: \Point.y])
p[keyPath: \Point.x] = 10
p[keyPath: kx] += 5
print(p)

// expect: 3 4
// expect: Point(x: 15, y: 4)
