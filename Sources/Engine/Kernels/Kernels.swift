/// Small vectorizable loops shared by layers (bias, relu, column sums, scaling).
enum Kernels {
    /// z[r, j] += b[j].
    @inline(__always)
    static func addBias(_ z: UnsafeMutablePointer<Float>, _ b: UnsafePointer<Float>, rows: Int, cols: Int) {
        for r in 0..<rows {
            let row = z + r * cols
            for j in 0..<cols { row[j] += b[j] }
        }
    }

    /// z ← max(z + b, 0) in one pass (b may be absent).
    @inline(__always)
    static func biasRelu(_ z: UnsafeMutablePointer<Float>, _ b: UnsafePointer<Float>?, rows: Int, cols: Int) {
        if let b {
            for r in 0..<rows {
                let row = z + r * cols
                for j in 0..<cols { row[j] = Swift.max(row[j] + b[j], 0) }
            }
        } else {
            for i in 0..<(rows * cols) { z[i] = Swift.max(z[i], 0) }
        }
    }

    /// out[j] = Σ_r m[r, j].
    @inline(__always)
    static func columnSums(_ m: UnsafePointer<Float>, into out: UnsafeMutablePointer<Float>, rows: Int, cols: Int) {
        out.update(repeating: 0, count: cols)
        for r in 0..<rows {
            let row = m + r * cols
            for j in 0..<cols { out[j] += row[j] }
        }
    }
}
