import CEngineKernels

/// Thin Swift names for the C kernels of the per-batch elementwise work (see CEngineKernels).
enum Kernels {
    /// z[r, j] += b[j].
    @inline(__always)
    static func addBias(_ z: UnsafeMutablePointer<Float>, _ b: UnsafePointer<Float>, rows: Int, cols: Int) {
        ek_add_bias(z, b, rows, cols)
    }

    /// z ← max(z + b, 0) in one pass (b may be absent).
    @inline(__always)
    static func biasRelu(_ z: UnsafeMutablePointer<Float>, _ b: UnsafePointer<Float>?, rows: Int, cols: Int) {
        ek_bias_relu(z, b, rows, cols)
    }

    /// out[j] = Σ_r m[r, j].
    @inline(__always)
    static func columnSums(_ m: UnsafePointer<Float>, into out: UnsafeMutablePointer<Float>, rows: Int, cols: Int) {
        ek_column_sums(m, out, rows, cols)
    }

    /// dy ← dy where out > 0, else 0.
    @inline(__always)
    static func reluBackward(_ dy: UnsafeMutablePointer<Float>, _ out: UnsafePointer<Float>, count: Int) {
        ek_relu_backward(dy, out, count)
    }

    /// x ← x·y.
    @inline(__always)
    static func multiply(_ x: UnsafeMutablePointer<Float>, by y: UnsafePointer<Float>, count: Int) {
        ek_multiply(x, y, count)
    }

    /// out ← x·y.
    @inline(__always)
    static func multiply(_ x: UnsafePointer<Float>, _ y: UnsafePointer<Float>, into out: UnsafeMutablePointer<Float>, count: Int) {
        ek_multiply_into(out, x, y, count)
    }
}
