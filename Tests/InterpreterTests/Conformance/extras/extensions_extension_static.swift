struct Vec { var x: Double; var y: Double }
extension Vec {
    static let up = Vec(x: 0, y: 1)
    static func + (a: Vec, b: Vec) -> Vec { Vec(x: a.x + b.x, y: a.y + b.y) }
}
print(Vec.up + Vec(x: 1, y: 1))

// expect: Vec(x: 1.0, y: 2.0)
