protocol Polygon {
    var sides: Int { get }
    var sideLength: Double { get }
}

extension Polygon {
    var perimeter: Double { Double(sides) * sideLength }
    var isTriangle: Bool { sides == 3 }
}

struct Triangle: Polygon {
    let sides = 3
    var sideLength: Double
}

struct Hexagon: Polygon {
    var sides: Int { 6 }
    var sideLength: Double
}

let t = Triangle(sideLength: 2)
let h = Hexagon(sideLength: 1.5)
print(t.perimeter, t.isTriangle)
print(h.perimeter, h.isTriangle)
let all: [Polygon] = [t, h]
print(all.map { $0.perimeter })

// expect: 6.0 true
// expect: 9.0 false
// expect: [6.0, 9.0]
