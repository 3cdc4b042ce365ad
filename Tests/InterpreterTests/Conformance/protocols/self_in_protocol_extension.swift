protocol Shape: CustomStringConvertible {
    var area: Double { get }
    static var sides: Int { get }
}
extension Shape {
    var description: String { "\(Self.self)(area: \(area), sides: \(Self.sides))" }
    func kind() -> String { String(describing: Self.self).lowercased() }
}
struct Square: Shape { let s: Double; var area: Double { s * s }; static let sides = 4 }
struct Circle: Shape { let r: Double; var area: Double { 3 * r * r }; static var sides: Int { 0 } }
let shapes: [any Shape] = [Square(s: 2), Circle(r: 1)]
print(shapes, shapes.map { type(of: $0).sides }, shapes.map { $0.kind() })
print(shapes.max { $0.area < $1.area }!)
func describe<T: Shape>(_ s: T) -> String { "\(T.sides) sides, \(s)" }
print(describe(Square(s: 3)))

// expect: [Square(area: 4.0, sides: 4), Circle(area: 3.0, sides: 0)] [4, 0] ["square", "circle"]
// expect: Square(area: 4.0, sides: 4)
// expect: 4 sides, Square(area: 9.0, sides: 4)
