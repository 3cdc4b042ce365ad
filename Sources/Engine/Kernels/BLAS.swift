import CEngineKernels
import Foundation

/// The engine's single door to OpenBLAS (loaded at run time by CEngineKernels): sgemm on
/// row-major data and the thread count.
///
/// Determinism: OpenBLAS sgemm splits work between threads by output blocks, so each output
/// element is reduced in the same order for a fixed thread count. Results are bit-identical run
/// after run as long as `threads` does not change (see docs/engine.md).
public enum BLAS {
    /// C = alpha·op(A)·op(B) + beta·C, all row-major; op(A) is m×k, op(B) is k×n. Products
    /// above `blockWork` multiply-adds run in row blocks with a deadline check before each.
    static func sgemm(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Float = 1,
                      a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
                      beta: Float = 0, c: UnsafeMutablePointer<Float>, ldc: Int) throws {
        _ = setUp
        if m == 0 || n == 0 { return }
        if k == 0 {
            // BLAS with k = 0 only scales C; keep the same meaning without calling it.
            for i in 0..<m { for j in 0..<n { c[i * ldc + j] *= beta } }
            return
        }
        // Doubles: m·n·k of a big product overflows nothing here, and only the size class matters.
        let perRow = Double(n) * Double(k)
        guard Double(m) * perRow > blockWork, m > minimumBlockRows else {
            ek_sgemm_pool(transA ? 1 : 0, transB ? 1 : 0, Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
            return
        }
        let rowsPerBlock = Swift.max(minimumBlockRows, Int(blockWork / perRow))
        var row = 0
        while row < m {
            try Allocator.checkDeadline()
            let rows = Swift.min(rowsPerBlock, m - row)
            // Row r of op(A) starts at a + r·lda, or at column r when A is transposed.
            let aBlock = transA ? a + row : a + row * lda
            ek_sgemm_pool(transA ? 1 : 0, transB ? 1 : 0, Int32(rows), Int32(n), Int32(k), alpha, aBlock, Int32(lda), b, Int32(ldb),
                          beta, c + row * ldc, Int32(ldc))
            row += rows
        }
    }

    /// Multiply-adds per block between deadline checks: about 0.1–0.5 s of sgemm here, far
    /// above any training step's product (784×128 by a batch of 128 is 13 M).
    static let blockWork = Double(1 << 33)
    /// Blocks keep at least this many rows, so packing B once per block stays a small cost.
    static let minimumBlockRows = 256

    /// Engine threads for sgemm and the large per-batch loops: 1 or 2 (default 2). OpenBLAS itself
    /// always runs single-threaded underneath; the engine's own work sharing splits each product
    /// into two halves that the caller and one helper thread claim, so a busy machine degrades to
    /// single-thread speed instead of stalling (docs/performance.md, Engine).
    /// Setting it pins the count; left alone, `fit` picks 1 or 2 by measuring (ThreadTuner).
    public static var threads: Int {
        get { setUp; return Int(ek_pool_threads()) }
        set {
            setUp
            pinned = true
            ek_pool_set_threads(Int32(Swift.max(1, newValue)))
        }
    }

    /// True once `threads` was set explicitly.
    nonisolated(unsafe) static var pinned = false

    /// Returns thread choice to `fit`'s measurement (undoes setting `threads`).
    public static func unpinThreads() { pinned = false }

    /// Online cores.
    static let coreCount = ProcessInfo.processInfo.activeProcessorCount

    /// Loads OpenBLAS once and pins it to one thread (the engine splits work itself).
    private static let setUp: Void = {
        ek_set_threads(1)
    }()

    /// OpenBLAS's kernel family ("SkylakeX", "Haswell"), or "fallback" without OpenBLAS.
    public static var coreName: String { String(cString: ek_blas_corename()) }
}
