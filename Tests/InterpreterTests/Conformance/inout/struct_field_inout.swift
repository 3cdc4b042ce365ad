struct Point { var x = 0, y = 0 }
func moveRight(_ v: inout Int, by d: Int) { v += d }
var p = Point()
moveRight(&p.x, by: 5)
moveRight(&p.y, by: -2)
print(p)
var pts = [Point(), Point()]
moveRight(&pts[1].x, by: 9)
print(pts)

// expect: Point(x: 5, y: -2)
// expect: [main.Point(x: 0, y: 0), main.Point(x: 9, y: 0)]
