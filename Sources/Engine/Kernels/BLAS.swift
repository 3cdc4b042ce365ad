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
    /// above `blockWork` multiply-adds run in blocks of rows and columns with a deadline check
    /// before each.
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
        guard Double(m) * perRow > blockWork else {
            ek_sgemm_pool(transA ? 1 : 0, transB ? 1 : 0, Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
            return
        }
        // Blocks of whole rows and, when rows are long, of columns too: each is about `blockWork`
        // however wide the product, so a deadline is never more than one block away.
        let rowsPerBlock = Swift.min(m, Swift.max(minimumBlockRows, Int(blockWork / perRow)))
        let columnsPerBlock = Swift.min(n, Swift.max(minimumBlockColumns, Int(blockWork / (Double(rowsPerBlock) * Double(k)))))
        var row = 0
        while row < m {
            let rows = Swift.min(rowsPerBlock, m - row)
            // Row r of op(A) starts at a + r·lda, or at column r when A is transposed.
            let aBlock = transA ? a + row : a + row * lda
            var column = 0
            while column < n {
                try Allocator.checkDeadline()
                let columns = Swift.min(columnsPerBlock, n - column)
                // Column j of op(B) starts at b + j, or at row j when B is transposed.
                let bBlock = transB ? b + column * ldb : b + column
                ek_sgemm_pool(transA ? 1 : 0, transB ? 1 : 0, Int32(rows), Int32(columns), Int32(k), alpha, aBlock, Int32(lda),
                              bBlock, Int32(ldb), beta, c + row * ldc + column, Int32(ldc))
                column += columns
            }
            row += rows
        }
    }

    /// Multiply-adds per block between deadline checks: about 0.03–0.1 s of sgemm here, far
    /// above any training step's product (784×128 by a batch of 128 is 13 M). Small enough that
    /// a product on a machine loaded four times over still notices its deadline well inside the
    /// watchdog's two-second grace.
    static let blockWork = Double(1 << 31)
    /// Blocks keep at least this many rows and columns, so packing A and B once per block stays
    /// a small cost next to the block's arithmetic.
    static let minimumBlockRows = 256
    static let minimumBlockColumns = 256

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
