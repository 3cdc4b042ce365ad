// Benchmark: protocols in a hot loop: `protocol Shape` with an `area` requirement and a
// `scaled(by:)` method, an array of mixed structs used through the protocol type.
protocol Shape {
    var area: Double { get }
    var perimeter: Double { get }
    func scaled(by factor: Double) -> Shape
}

struct Circle: Shape {
    var radius: Double
    var area: Double { return 3.141592653589793 * radius * radius }
    var perimeter: Double { return 2 * 3.141592653589793 * radius }
    func scaled(by factor: Double) -> Shape { return Circle(radius: radius * factor) }
}

struct Rectangle: Shape {
    var width: Double
    var height: Double
    var area: Double { return width * height }
    var perimeter: Double { return 2 * (width + height) }
    func scaled(by factor: Double) -> Shape { return Rectangle(width: width * factor, height: height * factor) }
}

struct Triangle: Shape {
    var a: Double
    var b: Double
    var c: Double
    var perimeter: Double { return a + b + c }
    var area: Double {
        let s = perimeter / 2
        return (s * (s - a) * (s - b) * (s - c)).squareRoot()
    }
    func scaled(by factor: Double) -> Shape { return Triangle(a: a * factor, b: b * factor, c: c * factor) }
}

var shapes: [Shape] = []
for i in 0..<3000 {
    let f = Double(i % 17) + 1
    switch i % 3 {
    case 0: shapes.append(Circle(radius: f))
    case 1: shapes.append(Rectangle(width: f, height: f / 2 + 1))
    default: shapes.append(Triangle(a: f + 2, b: f + 3, c: f + 4))
    }
}

var totalArea = 0.0
var totalPerimeter = 0.0
var circles = 0
for round in 0..<60 {
    let factor = 1.0 + Double(round % 5) / 10.0
    for shape in shapes {
        let bigger = shape.scaled(by: factor)
        totalArea += bigger.area
        totalPerimeter += bigger.perimeter
        if shape is Circle {
            circles += 1
        }
    }
}
print("checksum: \(Int(totalArea)) \(Int(totalPerimeter)) \(circles)")
