extension Activation {
    /// z = a·W (+ b) with one sgemm, then out = activation(z) — relu fused with the bias in a
    /// single pass. The forward step `Dense` and the convolutions (on im2col rows) share; `z`
    /// may be `out` when the backward pass needs no separate pre-activation.
    func affineForward(_ a: UnsafePointer<Float>, rows: Int, depth: Int, kernel: UnsafePointer<Float>,
                       bias: UnsafePointer<Float>?, units: Int, z: UnsafeMutablePointer<Float>,
                       out: UnsafeMutablePointer<Float>) throws {
        try BLAS.sgemm(transA: false, transB: false, m: rows, n: units, k: depth,
                       a: a, lda: depth, b: kernel, ldb: units, c: z, ldc: units)
        if kind == .relu {
            Kernels.biasRelu(z, bias, rows: rows, cols: units)
        } else {
            if let bias { Kernels.addBias(z, bias, rows: rows, cols: units) }
            forward(z, out, rows: rows, cols: units)
        }
    }
}
