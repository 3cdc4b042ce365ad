enum MathUtil {
    static func normalize(_ v: inout [Double]) {
        let total = v.reduce(0, +)
        for i in v.indices { v[i] /= total }
    }
}
var weights = [1.0, 3.0]
MathUtil.normalize(&weights)
print(weights)

// expect: [0.25, 0.75]
