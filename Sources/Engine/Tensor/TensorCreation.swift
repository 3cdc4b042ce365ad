/// Factory functions: zeros, ones, full, arange, eye and seeded random tensors.
extension Tensor {
    /// The element count of a shape a cell asked for, after the rank check and the budget.
    static func checkedShape(_ shape: [Int], _ what: String) throws -> Int {
        let call = "\(what)(\(shape))"
        guard shape.count <= maxRank else { throw EngineError("\(call): rank \(shape.count) is above the maximum \(maxRank)") }
        let n = try Allocator.elementCount(shape, call)
        try Allocator.reserve(n, call)
        return n
    }

    public static func zeros(_ shape: [Int]) throws -> Tensor { try full(shape, 0, what: "Tensor.zeros") }
    public static func ones(_ shape: [Int]) throws -> Tensor { try full(shape, 1, what: "Tensor.ones") }
    public static func full(_ shape: [Int], _ value: Float) throws -> Tensor { try full(shape, value, what: "Tensor.full") }

    static func full(_ shape: [Int], _ value: Float, what: String) throws -> Tensor {
        let n = try checkedShape(shape, what)
        return Tensor(shape: shape, scalars: Allocator.filled(n, value))
    }
    public static func zeros(like t: Tensor) -> Tensor { Tensor(shape: t.shape, scalars: Allocator.filled(t.count, 0)) }
    public static func ones(like t: Tensor) -> Tensor { Tensor(shape: t.shape, scalars: Allocator.filled(t.count, 1)) }

    /// Values start, start+step, … below end (numpy's arange).
    public static func arange(_ start: Float, _ end: Float, step: Float = 1) throws -> Tensor {
        guard step != 0, step.isFinite, start.isFinite, end.isFinite else { throw EngineError("arange: step must be a finite non-zero number") }
        let steps = (Double(end) - Double(start)) / Double(step)
        // Checked before converting: Int(1e30) would trap.
        guard steps < Double(1 << 52) else {
            throw Allocator.tooLarge("Tensor.arange(\(start), \(end), step: \(step))")
        }
        let n = Swift.max(0, Int(steps.rounded(.up)))
        try Allocator.reserve(n, "Tensor.arange(\(start), \(end), step: \(step)) with \(n) values")
        return Tensor(shape: [n], scalars: (0..<n).map { start + Float($0) * step })
    }
    public static func arange(_ end: Float) throws -> Tensor { try arange(0, end) }

    /// The n×n identity (or n×m with ones on the diagonal).
    public static func eye(_ n: Int, _ m: Int? = nil) throws -> Tensor {
        let cols = m ?? n
        var t = try full([n, cols], 0, what: "Tensor.eye")
        for i in 0..<Swift.min(n, cols) { t.scalars[i * cols + i] = 1 }
        return t
    }

    /// Uniform values in [low, high) from the engine's seeded generator.
    public static func randomUniform(_ shape: [Int], low: Float = 0, high: Float = 1, seed: UInt64? = nil) throws -> Tensor {
        let n = try checkedShape(shape, "Tensor.randomUniform")
        let fill: (inout RandomGenerator) -> [Float] = { g in (0..<n).map { _ in low + (high - low) * g.nextUniform() } }
        return Tensor(shape: shape, scalars: withGenerator(seed, fill))
    }

    /// Normal values with the given mean and standard deviation.
    public static func randomNormal(_ shape: [Int], mean: Float = 0, stddev: Float = 1, seed: UInt64? = nil) throws -> Tensor {
        let n = try checkedShape(shape, "Tensor.randomNormal")
        let fill: (inout RandomGenerator) -> [Float] = { g in (0..<n).map { _ in mean + stddev * g.nextNormal() } }
        return Tensor(shape: shape, scalars: withGenerator(seed, fill))
    }

    /// A random permutation of 0..<n as a float tensor of indices.
    public static func randomPermutation(_ n: Int, seed: UInt64? = nil) throws -> Tensor {
        guard n >= 0 else { throw EngineError("randomPermutation: n must be non-negative, got \(n)") }
        // The Int indices and the float copy.
        try Allocator.reserve(n, stride: MemoryLayout<Int>.stride + MemoryLayout<Float>.stride, "randomPermutation(\(n))")
        return Tensor(withGenerator(seed) { $0.permutation(n) })
    }

    static func withGenerator<T>(_ seed: UInt64?, _ body: (inout RandomGenerator) -> T) -> T {
        if let seed {
            var g = RandomGenerator(seed: seed)
            return body(&g)
        }
        return EngineRandom.with(body)
    }
}
