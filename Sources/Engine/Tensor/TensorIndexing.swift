/// Indexing along the first axis: an index, a range, an index list or a boolean mask.
extension Tensor {
    /// Elements per entry of the first axis.
    var rowSize: Int { shape.dropFirst().reduce(1, *) }

    func requireAxis(_ what: String) throws {
        try checkConsistent(what)
        guard rank >= 1 else { throw EngineError("\(what): cannot index a rank-0 tensor") }
    }

    /// Rows `indices` (each in range; negatives count from the end) as a new tensor.
    public func gathering(_ indices: [Int]) throws -> Tensor {
        try requireAxis("index list")
        let n = shape[0], rs = rowSize
        let (total, overflow) = indices.count.multipliedReportingOverflow(by: rs)
        let what = "gathering \(indices.count) rows of shape \(EngineError.shapeText(Array(shape.dropFirst())))"
        if overflow { throw Allocator.tooLarge(what) }
        var out = try Allocator.floats(total, what)
        try scalars.withUnsafeBufferPointer { src in
            try out.withUnsafeMutableBufferPointer { dst in
                for (k, raw) in indices.enumerated() {
                    let i = raw < 0 ? raw + n : raw
                    guard i >= 0, i < n else {
                        throw EngineError("Index \(raw) is out of range for axis 0 with size \(n) (shape \(EngineError.shapeText(shape)))")
                    }
                    if rs > 0, let d = dst.baseAddress, let s = src.baseAddress { (d + k * rs).update(from: s + i * rs, count: rs) }
                }
            }
        }
        return Tensor(shape: [indices.count] + shape.dropFirst(), scalars: out)
    }

    /// One entry of the first axis (rank drops by one); negative counts from the end.
    public subscript(_ index: Int) -> Tensor {
        get throws {
            try requireAxis("subscript")
            let n = shape[0]
            let i = index < 0 ? index + n : index
            guard i >= 0, i < n else {
                throw EngineError("Index \(index) is out of range for axis 0 with size \(n) (shape \(EngineError.shapeText(shape)))")
            }
            let rs = rowSize
            return Tensor(shape: Array(shape.dropFirst()), scalars: Array(scalars[(i * rs)..<((i + 1) * rs)]))
        }
    }

    /// Rows in a range; bounds are clamped like Python slices.
    public subscript(_ range: Range<Int>) -> Tensor {
        get throws {
            try requireAxis("slice")
            let n = shape[0]
            let lo = Swift.max(0, Swift.min(n, range.lowerBound)), hi = Swift.max(lo, Swift.min(n, range.upperBound))
            let rs = rowSize
            return Tensor(shape: [hi - lo] + shape.dropFirst(), scalars: Array(scalars[(lo * rs)..<(hi * rs)]))
        }
    }
    public subscript(_ range: ClosedRange<Int>) -> Tensor { get throws { try self[range.lowerBound..<Tensor.after(range.upperBound)] } }
    public subscript(_ range: PartialRangeFrom<Int>) -> Tensor { get throws { try self[range.lowerBound..<Int.max] } }
    public subscript(_ range: PartialRangeUpTo<Int>) -> Tensor { get throws { try self[0..<range.upperBound] } }
    public subscript(_ range: PartialRangeThrough<Int>) -> Tensor { get throws { try self[0..<Tensor.after(range.upperBound)] } }

    /// i + 1 without overflowing at Int.max.
    static func after(_ i: Int) -> Int { i == Int.max ? i : i + 1 }

    /// Rows at the listed indices.
    public subscript(_ indices: [Int]) -> Tensor { get throws { try gathering(indices) } }

    /// Rows where the mask is true; the mask length must equal the first dimension.
    public subscript(_ mask: [Bool]) -> Tensor {
        get throws {
            try requireAxis("boolean mask")
            guard mask.count == shape[0] else {
                throw EngineError("Boolean mask of length \(mask.count) does not match axis 0 of shape \(EngineError.shapeText(shape))")
            }
            return try gathering(mask.indices.filter { mask[$0] })
        }
    }

    /// Rows where a rank-1 mask tensor (as produced by comparisons) is non-zero.
    public subscript(mask mask: Tensor) -> Tensor {
        get throws {
            guard mask.rank == 1 else {
                throw EngineError("Boolean mask must have rank 1, got shape \(EngineError.shapeText(mask.shape)) for a tensor of shape \(EngineError.shapeText(shape))")
            }
            return try self[mask.scalars.map { $0 != 0 }]
        }
    }

    /// The element at a full multi-index.
    public func value(at index: [Int]) throws -> Float {
        guard index.count == rank else {
            throw EngineError("Index \(index) has \(index.count) components for a tensor of shape \(EngineError.shapeText(shape))")
        }
        var off = 0
        for (d, i0) in index.enumerated() {
            let i = i0 < 0 ? i0 + shape[d] : i0
            guard i >= 0, i < shape[d] else {
                throw EngineError("Index \(i0) is out of range for axis \(d) with size \(shape[d]) (shape \(EngineError.shapeText(shape)))")
            }
            off += i * strides[d]
        }
        return scalars[off]
    }
}

extension Tensor {
    /// numpy's `x[..., j]`: entry `j` of the last axis everywhere (`x[:, j]` of a matrix, a
    /// column); negative `j` counts from the end.
    public func column(_ j: Int) throws -> Tensor {
        guard rank >= 2, let width = shape.last else {
            throw EngineError("column(\(j)) needs a tensor of rank 2 or more, received shape \(EngineError.shapeText(shape))")
        }
        let k = j < 0 ? j + width : j
        guard k >= 0, k < width else { throw EngineError("column \(j) is out of range for shape \(EngineError.shapeText(shape))") }
        let rows = width == 0 ? 0 : count / width
        return Tensor(shape: Array(shape.dropLast()), scalars: (0..<rows).map { scalars[$0 * width + k] })
    }
}
