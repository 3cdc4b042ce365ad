struct Vector3 {
    var x = 0.0, y = 0.0, z = 0.0
    subscript(axis: Int) -> Double {
        get {
            switch axis {
            case 0: return x
            case 1: return y
            default: return z
            }
        }
        set {
            switch axis {
            case 0: x = newValue
            case 1: y = newValue
            default: z = newValue
            }
        }
    }
    mutating func scaleAll(by k: Double) {
        for i in 0..<3 { self[i] *= k }
    }
    func sum() -> Double { self[0] + self[1] + self[2] }
}
var v = Vector3(x: 1, y: 2, z: 3)
v.scaleAll(by: 2)
print(v, v.sum())

// expect: Vector3(x: 2.0, y: 4.0, z: 6.0) 12.0
