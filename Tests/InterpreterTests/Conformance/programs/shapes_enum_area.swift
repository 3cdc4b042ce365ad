import Foundation
enum Shape {
    case circle(r: Double)
    case square(side: Double)
    case triangle(base: Double, height: Double)
    var area: Double {
        switch self {
        case .circle(let r): return Double.pi * r * r
        case .square(let s): return s * s
        case let .triangle(b, h): return 0.5 * b * h
        }
    }
    var name: String {
        switch self {
        case .circle: return "circle"
        case .square: return "square"
        case .triangle: return "triangle"
        }
    }
}
let shapes: [Shape] = [.circle(r: 1), .square(side: 2), .triangle(base: 3, height: 4)]
for s in shapes {
    print(s.name, String(format: "%.3f", s.area))
}
let biggest = shapes.max { $0.area < $1.area }!
print("biggest:", biggest)

// expect: circle 3.142
// expect: square 4.000
// expect: triangle 6.000
// expect: biggest: triangle(base: 3.0, height: 4.0)
