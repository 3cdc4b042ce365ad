enum Shape {
    case circle(Double)
    case square(Double)
    case triangle(Double, Double)
    case dot
}

@resultBuilder
struct Trace {
    static func buildBlock(_ parts: String...) -> String { parts.joined(separator: " ") }
    static func buildEither(first part: String) -> String { "L(\(part))" }
    static func buildEither(second part: String) -> String { "R(\(part))" }
}

@Trace func describe(_ s: Shape) -> String {
    "shape:"
    switch s {
    case .circle(let r):
        "circle"
        "r=\(r)"
    case .square(let side):
        "square \(side)"
    case .triangle(let b, let h) where b == h:
        "isosceles"
    case .triangle:
        "triangle"
    case .dot:
        "dot"
    }
}

for s in [Shape.circle(1.5), .square(2), .triangle(3, 3), .triangle(1, 2), .dot] {
    print(describe(s))
}

@Trace func grade(_ score: Int) -> String {
    if score >= 90 { "A" } else if score >= 80 { "B" } else if score >= 70 { "C" } else { "F" }
}
print([95, 85, 75, 10].map(grade))

// expect: shape: L(L(L(circle r=1.5)))
// expect: shape: L(L(R(square 2.0)))
// expect: shape: L(R(L(isosceles)))
// expect: shape: L(R(R(triangle)))
// expect: shape: R(dot)
// expect: ["L(L(A))", "L(R(B))", "R(L(C))", "R(R(F))"]
