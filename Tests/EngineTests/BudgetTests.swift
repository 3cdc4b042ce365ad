import XCTest
@testable import Engine

/// The allocation choke point: checked arithmetic, refusal before allocation, the resident
/// check for large requests only, and deadline safe points.
final class BudgetTests: XCTestCase {
    /// A budget of `bytes` per request whose deadline check counts its calls and throws from
    /// call `failAt` on.
    final class Probe {
        var deadlineCalls = 0, residentReads = 0
        struct Late: Error {}
        func budget(_ bytes: Int, resident: Int? = nil, residentLimit: Int = .max, failAt: Int = .max) -> EngineBudget {
            EngineBudget(memoryBytes: bytes, residentBytes: residentLimit,
                         residentNow: { self.residentReads += 1; return resident },
                         checkDeadline: { self.deadlineCalls += 1; if self.deadlineCalls >= failAt { throw Late() } },
                         owner: "the test's")
        }
    }

    func testByteText() {
        XCTAssertEqual(ByteText.text(512), "512 B")
        XCTAssertEqual(ByteText.text(1536), "1.5 KiB")
        XCTAssertEqual(ByteText.text(2 << 30), "2 GiB")
        XCTAssertEqual(ByteText.text(160_000_000_000), "149 GiB")
        XCTAssertEqual(ByteText.text(Int.max), "8 EiB")
    }

    func testElementCountIsChecked() {
        XCTAssertEqual(try Allocator.elementCount([2, 3, 0], "t"), 0)
        XCTAssertThrowsError(try Allocator.elementCount([Int.max, 4], "t")) { XCTAssertTrue($0 is BudgetExceeded, "\($0)") }
        XCTAssertThrowsError(try Allocator.elementCount([0, Int.max, 4], "t"), "empty, but its strides would overflow") { XCTAssertTrue($0 is BudgetExceeded, "\($0)") }
        XCTAssertThrowsError(try Allocator.elementCount([3, -2], "t")) { error in
            XCTAssertEqual((error as? EngineError)?.message, "t: shape (3, -2) has a negative dimension -2")
        }
        XCTAssertThrowsError(try Allocator.reserve(Int.max / 2, "t")) { XCTAssertTrue($0 is BudgetExceeded, "\($0)") }
    }

    func testRefusalNamesTheRequestAndTheBudget() throws {
        let probe = Probe()
        try EngineBudget.using(probe.budget(4096)) {
            XCTAssertEqual(try Tensor.zeros([32, 32]).count, 1024)   // exactly 4 KiB
            XCTAssertThrowsError(try Tensor.zeros([32, 33])) { error in
                XCTAssertEqual("\(error)", "memory limit exceeded: Tensor.zeros([32, 33]) needs 4.1 KiB; the test's memory budget is 4 KiB")
            }
            XCTAssertThrowsError(try Tensor.ones([2, 2]).matmul(try Tensor.ones([2, 2000]))) { XCTAssertTrue($0 is BudgetExceeded) }
            XCTAssertThrowsError(try toCategorical([0, 1], classes: 1000)) { XCTAssertTrue($0 is BudgetExceeded) }
        }
        // Outside `using`, the process default applies again.
        XCTAssertEqual(try Tensor.zeros([32, 33]).count, 1056)
    }

    func testResidentIsReadForLargeRequestsOnly() throws {
        let probe = Probe()
        try EngineBudget.using(probe.budget(.max, resident: 1 << 30, residentLimit: (1 << 30) + (100 << 20))) {
            _ = try Tensor.zeros([1000])
            XCTAssertEqual(probe.residentReads, 0)
            XCTAssertNoThrow(try Allocator.reserve(bytes: 64 << 20, "fits"))
            XCTAssertThrowsError(try Allocator.reserve(bytes: 200 << 20, "too much")) { error in
                XCTAssertTrue("\(error)".contains("the process already holds 1 GiB; the test's limit for the whole process is 1.1 GiB"), "\(error)")
            }
            XCTAssertEqual(probe.residentReads, 2)
        }
    }

    func testLayerWeightsAreRefusedBeforeTheyExist() throws {
        let probe = Probe()
        let model = Sequential([Dense(4, inputShape: [3])])
        try EngineBudget.using(probe.budget(1 << 20)) {
            XCTAssertThrowsError(try model.adding(Dense(1_000_000))) { error in
                XCTAssertEqual("\(error)", "memory limit exceeded: Dense layer \"dense_1\" kernel of shape (4, 1000000) needs 15 MiB; the test's memory budget is 1 MiB")
            }
        }
        XCTAssertEqual(model.layers.count, 1, "the refused layer is not kept")
    }

    func testBufferGrowthIsRefusedAndKeepsTheOldStorage() throws {
        let buffer = try Buffer(8, "scratch")
        try EngineBudget.using(Probe().budget(1024)) {
            XCTAssertThrowsError(try buffer.ensure(1 << 20)) { XCTAssertTrue("\($0)".contains("scratch of 1048576 values"), "\($0)") }
        }
        XCTAssertEqual(buffer.capacity, 8)
        XCTAssertEqual(try buffer.ensure(8)[7], 0)
    }

    func testLargeProductsCheckTheDeadlineBetweenRowBlocks() throws {
        // 1024 × 1500 × 1500 multiply-adds is above BLAS.blockWork: two row blocks (954 + 70).
        let a = try Tensor.ones([1024, 1500]), b = try Tensor.ones([1500, 1500])
        let counting = Probe()
        let product = try EngineBudget.using(counting.budget(.max)) { try a.matmul(b) }
        XCTAssertEqual(counting.deadlineCalls, 3, "one check before the product, one before each block")
        XCTAssertEqual(product.scalars[0], 1500)
        XCTAssertEqual(product.scalars[product.count - 1], 1500)
        let late = Probe()
        XCTAssertThrowsError(try EngineBudget.using(late.budget(.max, failAt: 3)) { try a.matmul(b) }) { XCTAssertTrue($0 is Probe.Late) }
        // Small products (a training step's) never reach the check.
        let small = Probe()
        _ = try EngineBudget.using(small.budget(.max)) { try Tensor.ones([128, 784]).matmul(try Tensor.ones([784, 128])) }
        XCTAssertEqual(small.deadlineCalls, 1)
    }

    /// Row blocks of op(A) start at a column of A when A is transposed (Dense's dW = xᵀ·dy).
    func testBlockedTransposedProductIsExact() throws {
        let m = 512, n = 4096, k = 1050   // m·n·k above blockWork: two row blocks (499 + 13), one column block
        // A[p, i] = i and B = 1, so C[i, j] = i·k: a block starting at the wrong column shows.
        let a = try (Tensor.zeros([k, m]) + Tensor.arange(Float(m))).scalars, b = try Tensor.ones([k, n]).scalars
        var c = try Tensor.full([m, n], -1).scalars
        let probe = Probe()
        try EngineBudget.using(probe.budget(.max)) {
            try c.withUnsafeMutableBufferPointer { cp in
                try BLAS.sgemm(transA: true, transB: false, m: m, n: n, k: k, a: a, lda: m, b: b, ldb: n, c: cp.baseAddress!, ldc: n)
            }
        }
        XCTAssertEqual(probe.deadlineCalls, 2)
        // Whole numbers below 2²⁴: every sum is exact in Float.
        for (i, j) in [(0, 0), (255, 17), (256, 4095), (511, 1000), (300, 2)] {
            XCTAssertEqual(c[i * n + j], Float(i * k), "C[\(i), \(j)]")
        }
    }

    /// A product of few rows but very long ones is blocked by columns too, and a column block of
    /// op(B) starts at a row of B when B is transposed.
    func testWideProductIsBlockedByColumnsAndExact() throws {
        let m = 256, n = 34_000, k = 250   // m·n·k just above blockWork: one row block, two column blocks (33,554 + 446)
        let a = [Float](repeating: 1, count: m * k)
        // B stored n×k (transposed): B[j, p] = j mod 16, so C[i, j] = (j mod 16)·k, exact in Float.
        let b = [Float](unsafeUninitializedCapacity: n * k) { buffer, count in
            for j in 0..<n { buffer.baseAddress!.advanced(by: j * k).initialize(repeating: Float(j % 16), count: k) }
            count = n * k
        }
        var c = [Float](repeating: -1, count: m * n)
        let probe = Probe()
        try EngineBudget.using(probe.budget(.max)) {
            try c.withUnsafeMutableBufferPointer { cp in
                try BLAS.sgemm(transA: false, transB: true, m: m, n: n, k: k, a: a, lda: k, b: b, ldb: k, c: cp.baseAddress!, ldc: n)
            }
        }
        XCTAssertEqual(probe.deadlineCalls, 2)
        for (i, j) in [(0, 0), (255, 17), (3, 33_553), (100, 33_554), (255, n - 1)] {
            XCTAssertEqual(c[i * n + j], Float((j % 16) * k), "C[\(i), \(j)]")
        }
    }

    func testFitChecksTheDeadlineEveryBatch() throws {
        let model = Sequential([Dense(1, inputShape: [2])])
        try model.compile(optimizer: SGD(), loss: .mse)
        let x = try Tensor.zeros([10, 2]), y = try Tensor.zeros([10, 1])
        let probe = Probe()
        XCTAssertThrowsError(try EngineBudget.using(probe.budget(.max, failAt: 7)) {
            try model.fit(x, y, epochs: 1_000_000, batchSize: 5, verbose: 0)
        }) { XCTAssertTrue($0 is Probe.Late) }
        XCTAssertEqual(probe.deadlineCalls, 7)
        let predicting = Probe()
        _ = try EngineBudget.using(predicting.budget(.max)) { try model.predict(x, batchSize: 2) }
        XCTAssertEqual(predicting.deadlineCalls, 5)
    }

    func testInflationStopsOneByteAfterTheDeclaredSize() throws {
        let zeros = [UInt8](repeating: 0, count: 1 << 20)
        let deflated = try Gzip.compress(zeros, format: .raw)
        let bounded = try ZlibInflater(Data(deflated), format: .raw, path: "bomb").readAll(sizeHint: 100, maximum: 100)
        XCTAssertEqual(bounded.count, 101)
        let all = try ZlibInflater(Data(deflated), format: .raw, path: "ok").readAll(sizeHint: 10)
        XCTAssertEqual(all.count, 1 << 20)
        try EngineBudget.using(Probe().budget(64 << 10)) {
            XCTAssertThrowsError(try ZlibInflater(Data(deflated), format: .raw, path: "big").readAll(sizeHint: 10)) { error in
                XCTAssertTrue("\(error)".contains("decompressing big"), "\(error)")
            }
        }
    }
}
