/// Matrix product through cblas_sgemm, with numpy's rules for vectors and leading batch axes.
extension Tensor {
    public func matmul(_ other: Tensor) throws -> Tensor {
        let a = self, b = other
        try a.checkConsistent("matmul")
        try b.checkConsistent("matmul")
        guard a.rank >= 1, b.rank >= 1 else { throw EngineError.shapes("matmul needs rank ≥ 1", a.shape, b.shape) }
        // Promote vectors to matrices, remember to drop the added axis afterwards.
        let a2 = a.rank == 1 ? [1, a.shape[0]] : a.shape
        let b2 = b.rank == 1 ? [b.shape[0], 1] : b.shape
        guard b2.count == 2 else {
            throw EngineError.shapes("matmul (right operand must have rank 1 or 2)", a.shape, b.shape)
        }
        let k = a2[a2.count - 1], n = b2[1]
        guard k == b2[0] else { throw EngineError.shapes("matmul", a.shape, b.shape) }
        let m = a2.dropLast().reduce(1, *)
        guard m <= Int(Int32.max), n <= Int(Int32.max), k <= Int(Int32.max) else {
            throw EngineError.shapes("matmul (dimensions above 2³¹ − 1)", a.shape, b.shape)
        }
        var shape = Array(a2.dropLast()) + [n]
        let what = "matmul of shapes \(EngineError.shapeText(a.shape)) and \(EngineError.shapeText(b.shape))"
        var out = try Allocator.floats(try Allocator.elementCount([m, n], what), what)
        try Allocator.checkDeadline()
        try a.scalars.withUnsafeBufferPointer { ap in
            try b.scalars.withUnsafeBufferPointer { bp in
                try out.withUnsafeMutableBufferPointer { cp in
                    guard let pa = ap.baseAddress, let pb = bp.baseAddress, let pc = cp.baseAddress else { return }
                    try BLAS.sgemm(transA: false, transB: false, m: m, n: n, k: k, a: pa, lda: k, b: pb, ldb: n, c: pc, ldc: n)
                }
            }
        }
        if a.rank == 1 { shape.removeFirst() }
        if b.rank == 1 { shape.removeLast() }
        return Tensor(shape: shape, scalars: out)
    }
}

/// `matmul(a, b)` as notebooks write it.
public func matmul(_ a: Tensor, _ b: Tensor) throws -> Tensor { try a.matmul(b) }
