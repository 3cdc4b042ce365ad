/// Reshape, transpose and concatenate.
extension Tensor {
    /// A new shape with the same elements; one dimension may be -1 (inferred).
    public func reshaped(_ newShape: [Int]) throws -> Tensor {
        let fail = EngineError("Cannot reshape a tensor of shape \(EngineError.shapeText(shape)) (\(count) elements) into shape \(EngineError.shapeText(newShape))")
        guard newShape.count <= Tensor.maxRank else { throw fail }
        let unknown = newShape.indices.filter { newShape[$0] == -1 }
        guard unknown.count <= 1 else { throw EngineError("\(fail.message): at most one dimension may be -1") }
        if let bad = newShape.first(where: { $0 < -1 }) { throw EngineError("\(fail.message): dimension \(bad) is negative") }
        var resolved = newShape
        // Checked: a product that overflows cannot equal the element count anyway.
        guard let known = DataRows.elementCount(newShape.filter { $0 != -1 }) else { throw fail }
        if let u = unknown.first {
            guard known > 0 else { throw EngineError("\(fail.message): -1 cannot be inferred next to a zero dimension") }
            guard count % known == 0 else { throw fail }
            resolved[u] = count / known
        } else if known != count {
            throw fail
        }
        return Tensor(shape: resolved, scalars: scalars)
    }
    public func reshape(_ newShape: [Int]) throws -> Tensor { try reshaped(newShape) }

    /// A size-1 axis inserted at `axis` (numpy's `expand_dims`; -1 appends one, so images
    /// [n, 28, 28] become [n, 28, 28, 1]).
    public func expandDims(axis: Int) throws -> Tensor {
        let ax = axis < 0 ? axis + rank + 1 : axis
        guard ax >= 0, ax <= rank else {
            throw EngineError("expandDims: axis \(axis) is out of range for a tensor of shape \(EngineError.shapeText(shape)) (valid: \(-rank - 1)...\(rank))")
        }
        guard rank < Tensor.maxRank else {
            throw EngineError("expandDims: a Tensor has at most \(Tensor.maxRank) dimensions, shape \(EngineError.shapeText(shape)) has \(rank)")
        }
        var s = shape
        s.insert(1, at: ax)
        return Tensor(shape: s, scalars: scalars)
    }

    /// The elements as a rank-1 tensor.
    public func flattened() -> Tensor { Tensor(shape: [count], scalars: scalars) }

    /// Permutes the axes (default: reversed, so a matrix is transposed).
    public func transposed(_ axes: [Int]? = nil) throws -> Tensor {
        try checkConsistent("transpose")
        let perm = axes ?? Array((0..<rank).reversed())
        guard perm.count == rank, Set(perm) == Set(0..<rank) else {
            throw EngineError("transpose: axes \(perm) are not a permutation of the axes of a tensor of shape \(EngineError.shapeText(shape))")
        }
        if rank < 2 { return self }
        let newShape = perm.map { shape[$0] }
        let oldStrides = strides
        let permStrides = perm.map { oldStrides[$0] }
        var out = try Allocator.floats(count, "transpose of shape \(EngineError.shapeText(shape))")
        if rank == 2 {
            let r = shape[0], c = shape[1]
            scalars.withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { dst in
                    for i in 0..<r { for j in 0..<c { dst[j * r + i] = src[i * c + j] } }
                }
            }
            return Tensor(shape: newShape, scalars: out)
        }
        var index = [Int](repeating: 0, count: rank)
        for k in 0..<count {
            var off = 0
            for d in 0..<rank { off += index[d] * permStrides[d] }
            out[k] = scalars[off]
            var d = rank - 1
            while d >= 0 {
                index[d] += 1
                if index[d] < newShape[d] { break }
                index[d] = 0
                d -= 1
            }
        }
        return Tensor(shape: newShape, scalars: out)
    }
    /// Matrix transpose.
    public var T: Tensor { get throws { try transposed() } }

    /// Joins tensors along an axis; the other dimensions must agree.
    public static func concatenate(_ parts: [Tensor], axis: Int = 0) throws -> Tensor {
        guard let first = parts.first else { throw EngineError("concatenate needs at least one tensor") }
        for p in parts { try p.checkConsistent("concatenate") }
        guard first.rank > 0 else { throw EngineError("concatenate: cannot join rank-0 tensors") }
        let ax = axis < 0 ? axis + first.rank : axis
        guard ax >= 0, ax < first.rank else {
            throw EngineError("concatenate: axis \(axis) is out of range for shape \(EngineError.shapeText(first.shape))")
        }
        for p in parts.dropFirst() {
            var a = first.shape, b = p.shape
            guard a.count == b.count else { throw EngineError.shapes("concatenate", first.shape, p.shape) }
            a[ax] = 0; b[ax] = 0
            guard a == b else { throw EngineError.shapes("concatenate along axis \(ax)", first.shape, p.shape) }
        }
        let outer = first.shape[..<ax].reduce(1, *)
        var newShape = first.shape
        newShape[ax] = parts.reduce(0) { $0 + $1.shape[ax] }
        let total = parts.reduce(0) { $0 + $1.count }
        try Allocator.reserve(total, "concatenate into shape \(EngineError.shapeText(newShape))")
        var out: [Float] = []
        out.reserveCapacity(total)
        for o in 0..<outer {
            for p in parts {
                let chunk = p.shape[ax...].reduce(1, *)
                out.append(contentsOf: p.scalars[(o * chunk)..<((o + 1) * chunk)])
            }
        }
        return Tensor(shape: newShape, scalars: out)
    }
}

/// Free-function spelling used by notebooks.
public func concatenate(_ parts: [Tensor], axis: Int = 0) throws -> Tensor { try Tensor.concatenate(parts, axis: axis) }
