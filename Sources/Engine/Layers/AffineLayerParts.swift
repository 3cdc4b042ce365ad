// The parts Dense and the convolutions share: kernel + bias weights, the affine forward step,
// and whether the activation's backward needs the pre-activation.
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

extension Activation {
    /// Whether the backward pass needs z apart from activation(z) (relu, tanh and the linear
    /// function recover their derivative from the output alone).
    var backwardNeedsPreActivation: Bool {
        switch kind {
        case .linear, .relu, .tanh: return false
        case .leakyRelu, .elu: return alpha <= 0
        default: return true
        }
    }
}

extension Parameter {
    /// A kernel of `shape` and, with `useBias`, a bias of `units`, drawn in Keras's order.
    static func kernelAndBias(_ shape: [Int], units: Int, useBias: Bool, _ kernelInitializer: Initializer, _ biasInitializer: Initializer,
                              _ g: inout RandomGenerator, what: String) throws -> [Parameter] {
        let kernel = try kernelInitializer.values(shape, &g, what: "\(what) kernel")
        var ps = [try Parameter(name: "kernel", shape: shape, values: kernel, what: what)]
        if useBias {
            let bias = try biasInitializer.values([units], &g, what: "\(what) bias")
            ps.append(try Parameter(name: "bias", shape: [units], values: bias, what: what))
        }
        return ps
    }
}
