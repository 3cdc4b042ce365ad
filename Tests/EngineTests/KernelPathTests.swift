import CEngineKernels
import Foundation
import XCTest
@testable import Engine

/// Deterministic test inputs: the same seed gives the same floats on every call.
private struct Inputs {
    private var state: UInt64

    init(_ seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    /// Uniform in [lo, hi), with an exact zero, a negative zero, a subnormal or a large value
    /// now and then (the cases where vector and scalar code could disagree).
    mutating func floats(_ n: Int, _ lo: Float = -2, _ hi: Float = 2) -> [Float] {
        (0..<n).map { i in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let u = Float(state >> 40) / Float(1 << 24)
            switch i % 23 {
            case 5: return 0
            case 11: return lo < 0 ? -0.0 : 0
            case 17: return Float.leastNormalMagnitude / 3
            case 19: return lo < 0 ? -3e4 : 3e4
            default: return lo + (hi - lo) * u
            }
        }
    }
}

/// Runs `body` on the portable and the AVX2 path and returns both outputs.
private func onBothPaths(_ body: () -> [Float]) throws -> (portable: [Float], avx2: [Float]) {
    try XCTSkipUnless(KernelPath.avx2Available, "this CPU cannot run the AVX2 path")
    let before = KernelPath.current
    defer { KernelPath.use(before) }
    XCTAssertEqual(KernelPath.use("portable"), "portable")
    let p = body()
    XCTAssertEqual(KernelPath.use("avx2"), "avx2")
    return (p, body())
}

/// Fails unless both arrays hold the same bits (NaNs and signed zeros included), naming the first difference.
private func assertBitwiseEqual(_ p: [Float], _ a: [Float], _ what: String, file: StaticString, line: UInt) {
    XCTAssertEqual(p.count, a.count, what, file: file, line: line)
    // memcmp first: element-by-element Swift is slow in a debug build.
    let same = p.count == a.count && p.withUnsafeBytes { pb in a.withUnsafeBytes { ab in pb.count == 0 || memcmp(pb.baseAddress!, ab.baseAddress!, pb.count) == 0 } }
    if !same, let i = (0..<min(p.count, a.count)).first(where: { p[$0].bitPattern != a[$0].bitPattern }) {
        XCTFail("\(what): element \(i) differs: portable \(p[i]), avx2 \(a[i])", file: file, line: line)
    }
}

final class KernelPathTests: XCTestCase {
    /// Sizes with every tail length the 8-lane loops can leave, and none.
    let sizes = [0, 1, 7, 8, 9, 1000]

    private func assertSameBits(_ name: String, _ body: (Int) -> [Float], file: StaticString = #filePath, line: UInt = #line) throws {
        for n in sizes {
            let (p, a) = try onBothPaths { body(n) }
            assertBitwiseEqual(p, a, "\(name), n = \(n)", file: file, line: line)
        }
    }

    func testElementwiseKernelsGiveIdenticalBitsOnBothPaths() throws {
        try assertSameBits("add_bias") { n in
            var r = Inputs(1); var z = r.floats(3 * n); let b = r.floats(n)
            ek_add_bias(&z, b, 3, n); return z
        }
        try assertSameBits("bias_relu") { n in
            var r = Inputs(2); var z = r.floats(3 * n); let b = r.floats(n); var z2 = z
            ek_bias_relu(&z, b, 3, n); ek_bias_relu(&z2, nil, 3, n); return z + z2
        }
        try assertSameBits("relu_backward") { n in
            var r = Inputs(3); var dy = r.floats(n); let out = r.floats(n)
            ek_relu_backward(&dy, out, n); return dy
        }
        try assertSameBits("column_sums") { n in
            var r = Inputs(4); let m = r.floats(5 * n); var out = [Float](repeating: .nan, count: n)
            ek_column_sums(m, &out, 5, n); return out
        }
        try assertSameBits("multiply") { n in
            var r = Inputs(5); var x = r.floats(n); let y = r.floats(n)
            ek_multiply(&x, y, n); return x
        }
        try assertSameBits("multiply_into") { n in
            var r = Inputs(6); let x = r.floats(n); let y = r.floats(n); var out = [Float](repeating: .nan, count: n)
            ek_multiply_into(&out, x, y, n); return out
        }
        try assertSameBits("scale") { n in
            var r = Inputs(7); var x = r.floats(n)
            ek_scale(&x, n, 0.37); return x
        }
    }

    func testOptimizerAndDropoutKernelsGiveIdenticalBitsOnBothPaths() throws {
        try assertSameBits("rmsprop") { n in
            var r = Inputs(8); var w = r.floats(n); let g = r.floats(n); var s = r.floats(n, 0, 1)
            for _ in 0..<3 { ek_rmsprop(&w, g, &s, n, 0.001, 0.9, 1e-7) }
            return w + s
        }
        try assertSameBits("adam") { n in
            var r = Inputs(9); var w = r.floats(n); let g = r.floats(n); var m = r.floats(n); var v = r.floats(n, 0, 1)
            for _ in 0..<3 { ek_adam(&w, g, &m, &v, n, 0.0013, 0.9, 0.999, 1e-7) }
            return w + m + v
        }
        try assertSameBits("dropout") { n in
            var r = Inputs(10); let x = r.floats(n)
            var out = [Float](repeating: .nan, count: n), mask = out
            ek_dropout(x, &out, &mask, n, 0x1234_5678_9ABC_DEF0, UInt32(0.3 * 4_294_967_296.0), 1 / 0.7)
            return out + mask
        }
    }

    /// sgemm, the pool and the row gather are not dispatched (OpenBLAS and memcpy), so they must
    /// not change with the path either; the pooled RMSprop splits into dispatched chunks.
    func testSgemmGivesIdenticalBitsOnBothPaths() throws {
        try assertSameBits("sgemm") { n in
            var r = Inputs(11); let a = r.floats(9 * 13); let b = r.floats(13 * n); var c = r.floats(9 * n)
            ek_sgemm(0, 0, 9, Int32(n), 13, 1.5, a, 13, b, Int32(max(n, 1)), 0.5, &c, Int32(max(n, 1)))
            return c
        }
    }

    /// One pool thread: the same chunks run inline, one after the other (threads do not change
    /// results, see ThreadDeterminismTests, and a helper waiting for a core on a busy machine
    /// would only slow the test).
    private func withOnePoolThread(_ body: () throws -> Void) rethrows {
        let before = ek_pool_threads()
        ek_pool_set_threads(1)
        defer { ek_pool_set_threads(before) }
        try body()
    }

    /// Pooled sgemm of ≥ 1 MFLOP, split by rows and by columns (the sizes decide the split).
    func testPooledSgemmGivesIdenticalBitsOnBothPaths() throws {
        var r = Inputs(12)
        let a = r.floats(17 * 3000), b = r.floats(3000 * 17)
        try withOnePoolThread {
            for (m, n) in [(17, 9), (9, 17), (16, 16)] {
                let (p, q) = try onBothPaths {
                    var c = [Float](repeating: 0, count: m * n)
                    ek_sgemm_pool(0, 1, Int32(m), Int32(n), 3000, 1, a, 3000, b, 3000, 0, &c, Int32(n))
                    return c
                }
                assertBitwiseEqual(p, q, "sgemm_pool \(m)×\(n)", file: #filePath, line: #line)
            }
        }
    }

    func testRowGatherGivesIdenticalBitsOnBothPaths() throws {
        try assertSameBits("gather_rows + prefetch_rows") { n in
            var r = Inputs(13); let src = r.floats(50 * n); let idx = (0..<40).map { ($0 * 7) % 50 }
            var dst = [Float](repeating: .nan, count: 40 * n)
            ek_prefetch_rows(src, idx, 40, n)
            ek_gather_rows(&dst, src, idx, 40, n)
            return dst
        }
    }

    /// RMSprop over ≥ 32768 weights runs in two chunks with 16-float edges; odd lengths leave tails.
    func testPooledRMSpropGivesIdenticalBitsOnBothPaths() throws {
        var r = Inputs(14)
        let count = 32_768 + 1007
        let w0 = r.floats(count), g = r.floats(count), s0 = r.floats(count, 0, 1)
        try withOnePoolThread {
            for n in [32_768 + 7, count] {
                let (p, q) = try onBothPaths {
                    var w = w0, s = s0
                    ek_rmsprop_pool(&w, g, &s, n, 0.001, 0.9, 1e-7)
                    return w + s
                }
                assertBitwiseEqual(p, q, "rmsprop_pool n = \(n)", file: #filePath, line: #line)
            }
        }
    }

    func testRequestsNeverGiveAVX2ToACPUWithoutIt() {
        func resolve(_ request: String?, _ avx2: Bool) -> String { String(cString: ek_resolve_kernel_path(request, avx2 ? 1 : 0)) }
        XCTAssertEqual(resolve("avx2", false), "portable")
        XCTAssertEqual(resolve("auto", false), "portable")
        XCTAssertEqual(resolve(nil, false), "portable")
        XCTAssertEqual(resolve("AVX-512 please", false), "portable")
        XCTAssertEqual(resolve("avx2", true), "avx2")
        XCTAssertEqual(resolve("auto", true), "avx2")
        XCTAssertEqual(resolve("", true), "avx2")
        XCTAssertEqual(resolve("portable", true), "portable")
        let before = KernelPath.current
        defer { KernelPath.use(before) }
        XCTAssertEqual(KernelPath.use("avx2"), KernelPath.avx2Available ? "avx2" : "portable")
        XCTAssertEqual(KernelPath.current, KernelPath.avx2Available ? "avx2" : "portable")
        XCTAssertEqual(KernelPath.use("portable"), "portable")
        XCTAssertEqual(KernelPath.current, "portable")
    }

    /// The OpenBLAS loader hands over only core types the CPU can run (OpenBLAS itself does not check).
    func testOpenBLASCoreTypeIsNeverOneTheCPUCannotRun() throws {
        #if arch(x86_64)
        let sse: UInt32 = UInt32(EK_CPU_SSE3 | EK_CPU_SSSE3 | EK_CPU_SSE41 | EK_CPU_SSE42)
        let haswell = sse | UInt32(EK_CPU_AVX | EK_CPU_AVX2 | EK_CPU_FMA)
        let skylakeX = haswell | UInt32(EK_CPU_AVX512)
        func choice(_ nbrun: String?, _ inherited: String?, _ cpu: UInt32) -> String? {
            ek_blas_core_choice(nbrun, inherited, cpu).map { String(cString: $0) }
        }
        // Automatic: SkylakeX only on AVX-512 CPUs (overriding an inherited name, as before).
        XCTAssertEqual(choice(nil, nil, skylakeX), "SKYLAKEX")
        XCTAssertEqual(choice(nil, "Haswell", skylakeX), "SKYLAKEX")
        XCTAssertNil(choice(nil, nil, haswell))
        XCTAssertEqual(choice(nil, "Haswell", haswell), "Haswell")
        XCTAssertNil(choice(nil, "Haswell", sse), "an inherited AVX2 core on an SSE-only CPU")
        // Explicit choices are checked too.
        XCTAssertNil(choice("SKYLAKEX", nil, haswell))
        XCTAssertEqual(choice("skylakex", nil, skylakeX), "skylakex")
        XCTAssertEqual(choice("Haswell", nil, skylakeX), "Haswell")
        XCTAssertNil(choice("COOPERLAKE", nil, skylakeX), "needs AVX512-BF16")
        XCTAssertNil(choice("BULLDOZER", nil, skylakeX), "needs FMA4")
        XCTAssertNil(choice("NOSUCHCORE", nil, skylakeX))
        XCTAssertNil(choice("inherit", "SKYLAKEX", haswell))
        XCTAssertEqual(choice("inherit", "Zen", haswell), "Zen")
        XCTAssertNil(choice("inherit", nil, skylakeX))
        // The dispatcher and the loader read the same features.
        XCTAssertEqual(ek_cpu_features() & UInt32(EK_CPU_AVX2 | EK_CPU_FMA) == UInt32(EK_CPU_AVX2 | EK_CPU_FMA), KernelPath.avx2Available)
        #else
        throw XCTSkip("core types are checked on x86-64 only")
        #endif
    }
}

/// Trains a small model with dropout under both kernel paths, in this process and in a child
/// started with NBRUN_KERNELS=portable: weights and losses must be bit-identical.
final class KernelPathTrainingTests: XCTestCase {
    /// Losses and final weights of a short RMSprop and Adam training, as hex bit patterns.
    static func trainingDigest() throws -> String {
        var bits: [UInt32] = []
        for optimizer in [RMSprop() as Optimizer, Adam()] {
            EngineRandom.seed(3)
            let x = try Tensor.randomNormal([192, 24], seed: 8)
            let y = try toCategorical(Tensor((0..<192).map { Float(($0 * 7) % 5) }), classes: 5)
            let model = Sequential([Dense(37, activation: .relu, inputShape: [24]), Dropout(0.25), Dense(5, activation: .softmax)])
            try model.compile(optimizer: optimizer, loss: .categoricalCrossentropy)
            bits += try model.fit(x, y, epochs: 2, batchSize: 50, verbose: 0)["loss"].map(\.bitPattern)
            bits += model.getWeights().flatMap { $0.scalars.map(\.bitPattern) }
        }
        return bits.map { String($0, radix: 16) }.joined(separator: " ")
    }

    func testTrainingIsBitIdenticalOnBothPaths() throws {
        try XCTSkipUnless(KernelPath.avx2Available, "this CPU cannot run the AVX2 path")
        let before = KernelPath.current
        defer { KernelPath.use(before) }
        KernelPath.use("portable")
        let portable = try Self.trainingDigest()
        KernelPath.use("avx2")
        XCTAssertEqual(try Self.trainingDigest(), portable)
    }

    /// The environment variable, end to end: a child test process with NBRUN_KERNELS=portable.
    func testChildProcessWithPortableKernelsTrainsLikeAuto() throws {
        let env = ProcessInfo.processInfo.environment
        if let out = env["NBRUN_KERNEL_TEST_DIGEST"] {
            // Child role: report the path NBRUN_KERNELS chose and the digest, then stop.
            try (KernelPath.current + "\n" + Self.trainingDigest()).write(toFile: out, atomically: true, encoding: .utf8)
            return
        }
        #if os(Linux)
        try XCTSkipUnless(KernelPath.avx2Available, "this CPU cannot run the AVX2 path")
        let before = KernelPath.current
        defer { KernelPath.use(before) }
        XCTAssertEqual(KernelPath.use("auto"), "avx2")
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("kernel-digest-\(getpid()).txt").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        child.arguments = ["EngineTests.KernelPathTrainingTests/testChildProcessWithPortableKernelsTrainsLikeAuto"]
        child.environment = env.merging(["NBRUN_KERNELS": "portable", "NBRUN_KERNEL_TEST_DIGEST": out]) { $1 }
        child.standardOutput = FileHandle.nullDevice
        child.standardError = FileHandle.nullDevice
        try child.run()
        child.waitUntilExit()
        XCTAssertEqual(child.terminationStatus, 0)
        let report = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n", maxSplits: 1).map(String.init)
        XCTAssertEqual(report.first, "portable", "the child did not take NBRUN_KERNELS")
        XCTAssertEqual(report.last, try Self.trainingDigest())
        #else
        throw XCTSkip("finds the test executable through /proc")
        #endif
    }
}
