struct Vec {
    var x: Double
    var y: Double
    static let zero = Vec(x: 0, y: 0)
    static func unit() -> Vec { Vec(x: 1, y: 0) }
}
print(Vec.zero)
print(Vec.unit())

// expect: Vec(x: 0.0, y: 0.0)
// expect: Vec(x: 1.0, y: 0.0)
