indirect enum Expr {
    case num(Int)
    case add(Expr, Expr), mul(Expr, Expr), sub(Expr, Expr)
    case neg(Expr)
    var depth: Int {
        switch self {
        case .num: return 1
        case let .add(l, r), let .mul(l, r), let .sub(l, r): return 1 + max(l.depth, r.depth)
        case .neg(let e): return 1 + e.depth
        }
    }
}
let e = Expr.mul(.add(.num(1), .num(2)), .sub(.neg(.num(3)), .num(4)))
print(e.depth)
enum Shape { case circle(r: Double), square(side: Double), rect(w: Double, h: Double) }
for s in [Shape.circle(r: 1), .square(side: 2), .rect(w: 3, h: 1)] {
    switch s {
    case .circle(let size), .square(let size): print("one size", size)
    case let .rect(w, h) where w > h, let .rect(h, w): print("rect", w, h)
    }
}
let points = [(0, 5), (3, 0), (2, 2)]
for p in points {
    switch p {
    case (0, let v), (let v, 0): print("on an axis at", v)
    default: print("off axis", p)
    }
}

// expect: 4
// expect: one size 1.0
// expect: one size 2.0
// expect: rect 3.0 1.0
// expect: on an axis at 5
// expect: on an axis at 3
// expect: off axis (2, 2)
