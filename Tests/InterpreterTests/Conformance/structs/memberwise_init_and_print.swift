struct Point {
    var x: Double
    var y: Double
}
let p = Point(x: 1, y: 2)
print(p)
print(p.x, p.y)

// expect: Point(x: 1.0, y: 2.0)
// expect: 1.0 2.0
