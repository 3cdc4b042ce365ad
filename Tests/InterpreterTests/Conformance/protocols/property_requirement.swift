protocol Shape {
    var area: Double { get }
    var name: String { get }
}

struct Square: Shape {
    var side: Double
    var area: Double { side * side }
    let name = "square"
}

struct Circle: Shape {
    var radius: Double
    var area: Double { 3.0 * radius * radius }
    var name: String { "circle" }
}

let shapes: [Shape] = [Square(side: 2), Circle(radius: 1), Square(side: 1.5)]
for s in shapes {
    print(s.name, s.area)
}
let total = shapes.reduce(0.0) { $0 + $1.area }
print("total", total)

// expect: square 4.0
// expect: circle 3.0
// expect: square 2.25
// expect: total 9.25
