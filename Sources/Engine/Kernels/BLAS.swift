import COpenBLAS

/// The engine's single door to OpenBLAS: sgemm on row-major data and the thread count.
///
/// Determinism: OpenBLAS sgemm splits work between threads by output blocks, so each output
/// element is reduced in the same order for a fixed thread count. Results are bit-identical run
/// after run as long as `threads` does not change (see docs/engine.md).
public enum BLAS {
    /// C = alpha·op(A)·op(B) + beta·C, all row-major; op(A) is m×k, op(B) is k×n.
    @inline(__always)
    static func sgemm(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Float = 1,
                      a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
                      beta: Float = 0, c: UnsafeMutablePointer<Float>, ldc: Int) {
        if m == 0 || n == 0 { return }
        if k == 0 {
            // BLAS with k = 0 only scales C; keep the same meaning without calling it.
            for i in 0..<m { for j in 0..<n { c[i * ldc + j] *= beta } }
            return
        }
        cblas_sgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
                    Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }

    /// OpenBLAS worker threads (one per core by default).
    public static var threads: Int {
        get { Int(openblas_get_num_threads()) }
        set { openblas_set_num_threads(Int32(Swift.max(1, newValue))) }
    }
}
