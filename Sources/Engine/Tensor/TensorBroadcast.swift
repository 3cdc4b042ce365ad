/// Numpy broadcasting for elementwise binary operations.
extension Tensor {
    /// The broadcast shape of two shapes, or an error naming both.
    static func broadcastShape(_ a: [Int], _ b: [Int], _ what: String) throws -> [Int] {
        let n = Swift.max(a.count, b.count)
        var out = [Int](repeating: 1, count: n)
        for i in 0..<n {
            let da = i < n - a.count ? 1 : a[i - (n - a.count)]
            let db = i < n - b.count ? 1 : b[i - (n - b.count)]
            guard da == db || da == 1 || db == 1 else { throw EngineError.shapes(what, a, b) }
            out[i] = da == 1 ? db : da
        }
        return out
    }

    /// Applies `op` elementwise with broadcasting.
    @inline(__always)
    static func zipBroadcast(_ a: Tensor, _ b: Tensor, _ what: String, _ op: (Float, Float) -> Float) throws -> Tensor {
        try a.checkConsistent(what)
        try b.checkConsistent(what)
        if a.shape == b.shape {
            try Allocator.reserve(a.count, "\(what) of two tensors of shape \(EngineError.shapeText(a.shape))")
            var out = a.scalars
            b.scalars.withUnsafeBufferPointer { bp in
                out.withUnsafeMutableBufferPointer { op2 in
                    for i in 0..<op2.count { op2[i] = op(op2[i], bp[i]) }
                }
            }
            return Tensor(shape: a.shape, scalars: out)
        }
        let shape = try broadcastShape(a.shape, b.shape, what)
        let result = "\(what) of shapes \(EngineError.shapeText(a.shape)) and \(EngineError.shapeText(b.shape))"
        let total = try Allocator.elementCount(shape, result)
        try Allocator.reserve(total, result)
        if b.count == 1 { let s = b.scalars[0]; return Tensor(shape: shape, scalars: a.scalars.map { op($0, s) }) }
        if a.count == 1 { let s = a.scalars[0]; return Tensor(shape: shape, scalars: b.scalars.map { op(s, $0) }) }
        let n = shape.count
        func stridesFor(_ s: [Int]) -> [Int] {
            let padded = [Int](repeating: 1, count: n - s.count) + s
            var st = [Int](repeating: 0, count: n)
            var acc = 1
            for i in stride(from: n - 1, through: 0, by: -1) {
                st[i] = padded[i] == 1 ? 0 : acc
                acc *= padded[i]
            }
            return st
        }
        let sa = stridesFor(a.shape), sb = stridesFor(b.shape)
        var out = [Float](repeating: 0, count: total)
        if total == 0 { return Tensor(shape: shape, scalars: out) }
        // Iterate the last axis in a tight loop; carry the outer index by hand.
        let last = shape[n - 1], la = sa[n - 1], lb = sb[n - 1]
        var index = [Int](repeating: 0, count: n)
        var k = 0
        a.scalars.withUnsafeBufferPointer { ap in
            b.scalars.withUnsafeBufferPointer { bp in
                out.withUnsafeMutableBufferPointer { op2 in
                    while k < total {
                        var oa = 0, ob = 0
                        for d in 0..<(n - 1) { oa += index[d] * sa[d]; ob += index[d] * sb[d] }
                        for j in 0..<last { op2[k + j] = op(ap[oa + j * la], bp[ob + j * lb]) }
                        k += last
                        var d = n - 2
                        while d >= 0 {
                            index[d] += 1
                            if index[d] < shape[d] { break }
                            index[d] = 0
                            d -= 1
                        }
                    }
                }
            }
        }
        return Tensor(shape: shape, scalars: out)
    }

    @inline(__always)
    func map(_ f: (Float) -> Float) -> Tensor { Tensor(shape: shape, scalars: scalars.map(f)) }
}

// Tensor ⊕ Tensor throws on incompatible shapes; tensor ⊕ scalar cannot fail.
extension Tensor {
    public static func + (a: Tensor, b: Tensor) throws -> Tensor { try zipBroadcast(a, b, "add", +) }
    public static func - (a: Tensor, b: Tensor) throws -> Tensor { try zipBroadcast(a, b, "subtract", -) }
    public static func * (a: Tensor, b: Tensor) throws -> Tensor { try zipBroadcast(a, b, "multiply", *) }
    public static func / (a: Tensor, b: Tensor) throws -> Tensor { try zipBroadcast(a, b, "divide", /) }
    public static func + (a: Tensor, s: Float) -> Tensor { a.map { $0 + s } }
    public static func - (a: Tensor, s: Float) -> Tensor { a.map { $0 - s } }
    public static func * (a: Tensor, s: Float) -> Tensor { a.map { $0 * s } }
    public static func / (a: Tensor, s: Float) -> Tensor { a.map { $0 / s } }
    public static func + (s: Float, a: Tensor) -> Tensor { a.map { s + $0 } }
    public static func - (s: Float, a: Tensor) -> Tensor { a.map { s - $0 } }
    public static func * (s: Float, a: Tensor) -> Tensor { a.map { s * $0 } }
    public static func / (s: Float, a: Tensor) -> Tensor { a.map { s / $0 } }
    public static prefix func - (a: Tensor) -> Tensor { a.map { -$0 } }
}

// In-place scalar updates: no copy when the tensor's storage is not shared.
extension Tensor {
    public static func += (a: inout Tensor, s: Float) { a.updateInPlace { $0 + s } }
    public static func -= (a: inout Tensor, s: Float) { a.updateInPlace { $0 - s } }
    public static func *= (a: inout Tensor, s: Float) { a.updateInPlace { $0 * s } }
    public static func /= (a: inout Tensor, s: Float) { a.updateInPlace { $0 / s } }
    public static func += (a: inout Tensor, b: Tensor) throws { a = try a + b }
    public static func -= (a: inout Tensor, b: Tensor) throws { a = try a - b }
    public static func *= (a: inout Tensor, b: Tensor) throws { a = try a * b }
    public static func /= (a: inout Tensor, b: Tensor) throws { a = try a / b }

    @inline(__always)
    mutating func updateInPlace(_ f: (Float) -> Float) {
        scalars.withUnsafeMutableBufferPointer { p in
            for i in 0..<p.count { p[i] = f(p[i]) }
        }
    }
}
