class Shape {
    class var sides: Int { 0 }
    static var made = 0
    let name: String
    init(name: String) { self.name = name; Self.made += 1 }
    func summary() -> String { "\(name) with \(Self.sides) sides" }
}
class Triangle: Shape { override class var sides: Int { 3 } }
class Square: Shape { override class var sides: Int { 4 } }
let shapes = [Triangle(name: "tri"), Square(name: "sq"), Shape(name: "blob")]
print(shapes.map { $0.summary() }.joined(separator: "; "), Shape.made)

// expect: tri with 3 sides; sq with 4 sides; blob with 0 sides 3
