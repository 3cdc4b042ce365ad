struct Point {
    var x: Double, y: Double
    func moved(by dx: Double, _ dy: Double) -> Point { Point(x: x + dx, y: y + dy) }
    func length() -> Double { (x * x + y * y).squareRoot() }
}
let move = Point.moved
let p = move(Point(x: 1, y: 1))(2, 3)
print(p.x, p.y)
let lengths = [Point(x: 3, y: 4), Point(x: 6, y: 8)].map(Point.length)
print(lengths.map { $0() })

// expect: 3.0 4.0
// expect: [5.0, 10.0]
