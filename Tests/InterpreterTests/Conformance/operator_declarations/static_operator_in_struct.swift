struct Vec: CustomStringConvertible {
    var x: Double, y: Double
    static func + (a: Vec, b: Vec) -> Vec { Vec(x: a.x + b.x, y: a.y + b.y) }
    static func * (k: Double, v: Vec) -> Vec { Vec(x: k * v.x, y: k * v.y) }
    static prefix func - (v: Vec) -> Vec { Vec(x: -v.x, y: -v.y) }
    var description: String { "(\(x), \(y))" }
}
let a = Vec(x: 1, y: 2), b = Vec(x: 0.5, y: -1)
print(a + b)
print(2 * a)
print(-a)
print(-(a + b))
print(-3, -2.5)

// expect: (1.5, 1.0)
// expect: (2.0, 4.0)
// expect: (-1.0, -2.0)
// expect: (-1.5, -1.0)
// expect: -3 -2.5
