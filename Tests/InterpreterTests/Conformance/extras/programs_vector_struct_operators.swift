import Foundation
struct Vector2 {
    var x: Double
    var y: Double
    static func + (a: Vector2, b: Vector2) -> Vector2 { Vector2(x: a.x + b.x, y: a.y + b.y) }
    static func * (k: Double, v: Vector2) -> Vector2 { Vector2(x: k * v.x, y: k * v.y) }
    var length: Double { sqrt(x * x + y * y) }
    func normalized() -> Vector2 { (1 / length) * self }
}
var pos = Vector2(x: 0, y: 0)
let vel = Vector2(x: 3, y: 4)
for _ in 0..<3 {
    pos = pos + 0.5 * vel
}
print(pos)
print(vel.length, vel.normalized())

// expect: Vector2(x: 4.5, y: 6.0)
// expect: 5.0 Vector2(x: 0.6000000000000001, y: 0.8)
