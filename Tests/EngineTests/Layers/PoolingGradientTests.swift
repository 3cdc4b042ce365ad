import XCTest
@testable import Engine

/// Max and average pooling (1-D, 2-D, global) against Double loops: forward values and dx
/// against central differences, with overlapping windows, leftover edges and "same" padding.
final class PoolingGradientTests: XCTestCase {
    func check(_ layer: Layer, input: [Int], g: WindowRef, max takesMax: Bool, file: StaticString = #filePath, line: UInt = #line) throws {
        try layer.build(inputShape: input)
        let n = g.n * g.oh * g.ow * g.c
        XCTAssertEqual(layer.outputSize, g.oh * g.ow * g.c, "\(layer.typeName) output size", file: file, line: line)
        // Distinct values: no ties, so the max's derivative is defined everywhere nearby.
        let x = Ref.random(g.n * g.h * g.w * g.c, seed: 81)
        let c = Ref.random(n, seed: 82)
        let (out, dx, _) = try LayerRun.gradients(layer, x: x, batch: g.n, c: c)
        let xd = x.map(Double.init)
        let what = "\(layer.typeName) on \(input) → \(layer.outputShape ?? [])"
        for (o, r) in zip(out, g.pool(xd, max: takesMax)) { XCTAssertEqual(Double(o), r, accuracy: 1e-5, "\(what) forward", file: file, line: line) }
        Ref.assertClose(dx, Ref.numericGradient(xd) { LayerRun.dot(g.pool($0, max: takesMax), c) }, "\(what) dx", file: file, line: line)
    }

    func testPooling2DVariants() throws {
        let cases: [(Size2D, Size2D?, Padding, [Int])] = [
            (2, nil, .valid, [5, 5, 2]),        // leftover row and column dropped
            (2, nil, .same, [5, 5, 2]),         // one padding cell after
            (3, 2, .valid, [7, 7, 2]),          // overlapping windows
            (3, 2, .same, [7, 7, 2]),
            ([3, 2], [1, 2], .same, [7, 7, 2]), // rectangular, padding on both sides of the rows
            ([2, 3], 1, .valid, [4, 5, 3]),
        ]
        for (size, strides, padding, input) in cases {
            let s = strides ?? size
            let g = WindowRef(n: 2, h: input[0], w: input[1], c: input[2], kh: size.height, kw: size.width,
                              sh: s.height, sw: s.width, same: padding == .same)
            try check(MaxPooling2D(poolSize: size, strides: strides, padding: padding), input: input, g: g, max: true)
            try check(AveragePooling2D(poolSize: size, strides: strides, padding: padding), input: input, g: g, max: false)
        }
    }

    func testPooling1DVariants() throws {
        for (size, strides, padding) in [(2, nil, Padding.valid), (3, 2, .same), (2, nil, .same), (3, 1, .valid)] as [(Int, Int?, Padding)] {
            let g = WindowRef(n: 2, h: 1, w: 9, c: 3, kh: 1, kw: size, sh: 1, sw: strides ?? size, same: padding == .same)
            try check(MaxPooling1D(poolSize: size, strides: strides, padding: padding), input: [9, 3], g: g, max: true)
            try check(AveragePooling1D(poolSize: size, strides: strides, padding: padding), input: [9, 3], g: g, max: false)
        }
    }

    func testGlobalPooling() throws {
        // A global pool is one window covering the whole image (or sequence).
        let image = WindowRef(n: 3, h: 4, w: 3, c: 2, kh: 4, kw: 3, sh: 1, sw: 1, same: false)
        try check(GlobalAveragePooling2D(), input: [4, 3, 2], g: image, max: false)
        try check(GlobalMaxPooling2D(), input: [4, 3, 2], g: image, max: true)
        let sequence = WindowRef(n: 3, h: 1, w: 6, c: 4, kh: 1, kw: 6, sh: 1, sw: 1, same: false)
        try check(GlobalAveragePooling1D(), input: [6, 4], g: sequence, max: false)
        try check(GlobalMaxPooling1D(), input: [6, 4], g: sequence, max: true)
    }

    /// Keras 3.15 (JAX), recorded by Benchmarks/peers/keras_conv_facts.py: padding "same" cells
    /// do not count in the average, and never win the max.
    func testSamePaddingEdgesMatchKeras() throws {
        let x = Tensor(shape: [1, 3, 3, 1], scalars: (0..<9).map(Float.init))
        XCTAssertEqual(try AveragePooling2D(poolSize: 2, padding: .same)(x).scalars, [2, 3.5, 6.5, 8])
        XCTAssertEqual(try MaxPooling2D(poolSize: 2, padding: .same)(x * -1).scalars, [0, -2, -6, -8])
        let s = Tensor(shape: [1, 5, 1], scalars: (0..<5).map(Float.init))
        XCTAssertEqual(try AveragePooling1D(poolSize: 2, strides: 2, padding: .same)(s).scalars, [0.5, 2.5, 4])
    }

    /// Ties go to the first element of the window, once (not split, not doubled).
    func testMaxPoolTieRoutesGradientOnce() throws {
        let layer = MaxPooling2D(poolSize: 2)
        try layer.build(inputShape: [2, 2, 1])
        let (_, dx, _) = try LayerRun.gradients(layer, x: [1, 1, 1, 1], batch: 1, c: [5])
        XCTAssertEqual(dx, [5, 0, 0, 0])
    }
}
