/// Reductions over all elements or along one axis (sum, mean, max, min, argmax, argmin).
extension Tensor {
    func resolveAxis(_ axis: Int, _ what: String) throws -> Int {
        let ax = axis < 0 ? axis + rank : axis
        guard ax >= 0, ax < rank else {
            throw EngineError("\(what): axis \(axis) is out of range for a tensor of shape \(EngineError.shapeText(shape))")
        }
        return ax
    }

    /// Reduces along `axis` with (initial, combine) per output element; `keepDims` keeps a 1.
    func reduce(axis: Int, keepDims: Bool, _ what: String, _ body: (UnsafeBufferPointer<Float>, Int, Int) -> Float) throws -> Tensor {
        try checkConsistent(what)
        let ax = try resolveAxis(axis, what)
        let outer = shape[..<ax].reduce(1, *), n = shape[ax], inner = shape[(ax + 1)...].reduce(1, *)
        // Along an empty axis the result can be far larger than the (empty) input.
        var out = try Allocator.floats(try Allocator.elementCount([outer, inner], what), "\(what) along axis \(axis) of shape \(EngineError.shapeText(shape))")
        scalars.withUnsafeBufferPointer { src in
            for o in 0..<outer {
                for i in 0..<inner {
                    if n == 0 {
                        out[o * inner + i] = body(UnsafeBufferPointer(start: nil, count: 0), 0, inner)
                        continue
                    }
                    let start = o * n * inner + i
                    out[o * inner + i] = body(UnsafeBufferPointer(rebasing: src[start..<(start + (n - 1) * inner + 1)]), n, inner)
                }
            }
        }
        var newShape = shape
        if keepDims { newShape[ax] = 1 } else { newShape.remove(at: ax) }
        return Tensor(shape: newShape, scalars: out)
    }

    public func sum() -> Float { Float(scalars.reduce(0.0) { $0 + Double($1) }) }
    public func mean() -> Float { count == 0 ? .nan : Float(scalars.reduce(0.0) { $0 + Double($1) } / Double(count)) }
    public func max() throws -> Float {
        guard let m = scalars.max() else { throw EngineError("max of an empty tensor") }
        return m
    }
    public func min() throws -> Float {
        guard let m = scalars.min() else { throw EngineError("min of an empty tensor") }
        return m
    }
    public func argmax() throws -> Int {
        guard !scalars.isEmpty else { throw EngineError("argmax of an empty tensor") }
        var best = 0
        for i in 1..<count where scalars[i] > scalars[best] { best = i }
        return best
    }
    public func argmin() throws -> Int {
        guard !scalars.isEmpty else { throw EngineError("argmin of an empty tensor") }
        var best = 0
        for i in 1..<count where scalars[i] < scalars[best] { best = i }
        return best
    }

    public func sum(axis: Int, keepDims: Bool = false) throws -> Tensor {
        try reduce(axis: axis, keepDims: keepDims, "sum") { p, n, st in
            var s: Double = 0
            for k in 0..<n { s += Double(p[k * st]) }
            return Float(s)
        }
    }
    public func mean(axis: Int, keepDims: Bool = false) throws -> Tensor {
        try reduce(axis: axis, keepDims: keepDims, "mean") { p, n, st in
            var s: Double = 0
            for k in 0..<n { s += Double(p[k * st]) }
            return n == 0 ? .nan : Float(s / Double(n))
        }
    }
    /// Population standard deviation (numpy's default, ddof 0).
    public func std() -> Float {
        guard count > 0 else { return .nan }
        let m = scalars.reduce(0.0) { $0 + Double($1) } / Double(count)
        return Float((scalars.reduce(0.0) { $0 + (Double($1) - m) * (Double($1) - m) } / Double(count)).squareRoot())
    }
    public func std(axis: Int, keepDims: Bool = false) throws -> Tensor {
        try reduce(axis: axis, keepDims: keepDims, "std") { p, n, st in
            guard n > 0 else { return .nan }
            var s: Double = 0
            for k in 0..<n { s += Double(p[k * st]) }
            let m = s / Double(n)
            var q: Double = 0
            for k in 0..<n { q += (Double(p[k * st]) - m) * (Double(p[k * st]) - m) }
            return Float((q / Double(n)).squareRoot())
        }
    }
    public func max(axis: Int, keepDims: Bool = false) throws -> Tensor {
        try nonEmpty(axis, "max")
        return try reduce(axis: axis, keepDims: keepDims, "max") { p, n, st in
            var m = p[0]
            for k in 1..<Swift.max(n, 1) { m = Swift.max(m, p[k * st]) }
            return m
        }
    }
    public func min(axis: Int, keepDims: Bool = false) throws -> Tensor {
        try nonEmpty(axis, "min")
        return try reduce(axis: axis, keepDims: keepDims, "min") { p, n, st in
            var m = p[0]
            for k in 1..<Swift.max(n, 1) { m = Swift.min(m, p[k * st]) }
            return m
        }
    }
    /// Index of the largest value along `axis` (first one on ties), as floats.
    public func argmax(axis: Int) throws -> Tensor {
        try nonEmpty(axis, "argmax")
        return try reduce(axis: axis, keepDims: false, "argmax") { p, n, st in
            var b = 0
            for k in 1..<Swift.max(n, 1) where p[k * st] > p[b * st] { b = k }
            return Float(b)
        }
    }
    public func argmin(axis: Int) throws -> Tensor {
        try nonEmpty(axis, "argmin")
        return try reduce(axis: axis, keepDims: false, "argmin") { p, n, st in
            var b = 0
            for k in 1..<Swift.max(n, 1) where p[k * st] < p[b * st] { b = k }
            return Float(b)
        }
    }

    private func nonEmpty(_ axis: Int, _ what: String) throws {
        let ax = try resolveAxis(axis, what)
        guard shape[ax] > 0 else { throw EngineError("\(what) along an empty axis \(axis) of shape \(EngineError.shapeText(shape))") }
    }
}
