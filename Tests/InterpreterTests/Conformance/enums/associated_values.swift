enum Shape {
    case circle(radius: Double)
    case rect(width: Double, height: Double)
    case point
}
func area(_ s: Shape) -> Double {
    switch s {
    case .circle(let r):
        return 3.0 * r * r
    case let .rect(w, h):
        return w * h
    case .point:
        return 0
    }
}
print(area(.circle(radius: 2)))
print(area(.rect(width: 2, height: 5)))
print(area(.point))

// expect: 12.0
// expect: 10.0
// expect: 0.0
