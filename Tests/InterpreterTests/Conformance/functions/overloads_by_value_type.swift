// Overloads with the same labels told apart by the values' types: initializers (also through
// self.init) taking arrays of different element types; an integer literal receiving a method
// only FloatingPoint extensions declare becomes a Double; String(format:arguments:).
import Foundation

struct Point { var x: Double; var y: Double }

struct Polygon {
    var points: [Point]
    init(points: [Point]) { self.points = points; print("from points") }
    init(points: [(Double, Double)]) {
        self.init(points: points.map { Point(x: $0.0, y: $0.1) })
        print("from pairs")
    }
    var perimeterSquares: Double {
        var total = 0.0
        for i in points.indices {
            let a = points[i], b = points[(i + 1) % points.count]
            total += (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)
        }
        return total
    }
}

let pairs: [(Double, Double)] = [(0, 0), (3, 0), (3, 4)]
let square = Polygon(points: pairs)
let again = Polygon(points: square.points)
print(square.perimeterSquares, again.points.count)

extension FloatingPoint where Self: ExpressibleByFloatLiteral {
    func halved() -> Self { self / 2 }
}
print(7.halved(), 2.5.halved())

print(String(format: "%.3f and %d", arguments: [3.14159, 42]))

// expect: from points
// expect: from pairs
// expect: from points
// expect: 50.0 3
// expect: 3.5 1.25
// expect: 3.142 and 42
