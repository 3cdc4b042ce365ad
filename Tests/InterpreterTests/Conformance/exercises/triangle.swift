// Triangle: classify a triangle by its sides through a protocol with a default implementation.
protocol Polygon {
    var sides: [Double] { get }
}

extension Polygon {
    var perimeter: Double { sides.reduce(0, +) }
}

struct Triangle: Polygon {
    enum Kind: String {
        case equilateral, isosceles, scalene
    }

    let sides: [Double]

    init(_ a: Double, _ b: Double, _ c: Double) { sides = [a, b, c] }

    var isValid: Bool {
        let s = sides.sorted()
        return s[0] > 0 && s[0] + s[1] >= s[2]
    }

    var kind: Kind? {
        guard isValid else { return nil }
        switch Set(sides).count {
        case 1: return .equilateral
        case 2: return .isosceles
        default: return .scalene
        }
    }

    func isKind(_ kind: Kind) -> Bool {
        guard let own = self.kind else { return false }
        return own == kind || (kind == .isosceles && own == .equilateral)
    }
}
// cell
let triangles = [Triangle(2, 2, 2), Triangle(0, 0, 0), Triangle(0.5, 0.5, 0.5), Triangle(3, 4, 4),
                 Triangle(4, 3, 4), Triangle(4, 4, 3), Triangle(4, 4, 4), Triangle(2, 3, 4),
                 Triangle(1, 1, 3), Triangle(5, 4, 6), Triangle(7, 3, 2), Triangle(0.5, 0.4, 0.6)]
for t in triangles {
    let kind = t.kind?.rawValue ?? "invalid"
    print(t.sides, kind, t.isKind(.isosceles), t.perimeter)
}

// expect: [2.0, 2.0, 2.0] equilateral true 6.0
// expect: [0.0, 0.0, 0.0] invalid false 0.0
// expect: [0.5, 0.5, 0.5] equilateral true 1.5
// expect: [3.0, 4.0, 4.0] isosceles true 11.0
// expect: [4.0, 3.0, 4.0] isosceles true 11.0
// expect: [4.0, 4.0, 3.0] isosceles true 11.0
// expect: [4.0, 4.0, 4.0] equilateral true 12.0
// expect: [2.0, 3.0, 4.0] scalene false 9.0
// expect: [1.0, 1.0, 3.0] invalid false 5.0
// expect: [5.0, 4.0, 6.0] scalene false 15.0
// expect: [7.0, 3.0, 2.0] invalid false 12.0
// expect: [0.5, 0.4, 0.6] scalene false 1.5
