import XCTest
@testable import Engine

/// Conv2D and Conv1D against direct Double loops: forward values, and dx, kernel and bias
/// gradients against central differences, over padding, stride and window-shape variants.
final class ConvolutionGradientTests: XCTestCase {
    struct Case {
        var h: Int, w: Int, c: Int, filters: Int
        var kernel: Size2D, strides: Size2D, padding: Padding
        var activation: Activation = .linear
        var useBias = true
    }

    func check(_ t: Case, oneD: Bool = false, file: StaticString = #filePath, line: UInt = #line) throws {
        EngineRandom.seed(7)
        let batch = 2
        let layer: Convolution = oneD
            ? Conv1D(t.filters, kernelSize: t.kernel.width, strides: t.strides.width, padding: t.padding, activation: t.activation,
                     useBias: t.useBias, biasInitializer: .randomNormal(mean: 0, stddev: 0.3))
            : Conv2D(t.filters, kernelSize: t.kernel, strides: t.strides, padding: t.padding, activation: t.activation,
                     useBias: t.useBias, biasInitializer: .randomNormal(mean: 0, stddev: 0.3))
        let input = oneD ? [t.w, t.c] : [t.h, t.w, t.c]
        try layer.build(inputShape: input)
        let g = WindowRef(n: batch, h: t.h, w: t.w, c: t.c, kh: t.kernel.height, kw: t.kernel.width,
                          sh: t.strides.height, sw: t.strides.width, same: t.padding == .same)
        XCTAssertEqual(layer.outputShape, oneD ? [g.ow, t.filters] : [g.oh, g.ow, t.filters], "output shape", file: file, line: line)
        let x = Ref.random(batch * t.h * t.w * t.c, seed: 71)
        let c = Ref.random(batch * g.oh * g.ow * t.filters, seed: 72)
        let k = layer.parameters[0].tensor.scalars.map(Double.init)
        let b = t.useBias ? layer.parameters[1].tensor.scalars.map(Double.init) : nil
        let (out, dx, grads) = try LayerRun.gradients(layer, x: x, batch: batch, c: c)
        let xd = x.map(Double.init)
        let what = "\(layer.typeName)(\(t.filters), kernel \(t.kernel), strides \(t.strides), \(t.padding), \(t.activation)) on \(input)"
        for (o, r) in zip(out, g.conv(xd, kernel: k, bias: b, filters: t.filters, activation: t.activation)) {
            XCTAssertEqual(Double(o), r, accuracy: 1e-4, "\(what) forward", file: file, line: line)
        }
        func objective(_ xx: [Double], _ kk: [Double], _ bb: [Double]?) -> Double {
            LayerRun.dot(g.conv(xx, kernel: kk, bias: bb, filters: t.filters, activation: t.activation), c)
        }
        Ref.assertClose(dx, Ref.numericGradient(xd) { objective($0, k, b) }, "\(what) dx", file: file, line: line)
        Ref.assertClose(grads[0], Ref.numericGradient(k) { objective(xd, $0, b) }, "\(what) kernel", file: file, line: line)
        if let b { Ref.assertClose(grads[1], Ref.numericGradient(b) { objective(xd, k, $0) }, "\(what) bias", file: file, line: line) }
    }

    func testConv2DValidStrideOne() throws {
        for a in [Activation.linear, .relu, .tanh, .softmax, .sigmoid] {
            try check(Case(h: 5, w: 5, c: 2, filters: 3, kernel: 3, strides: 1, padding: .valid, activation: a))
        }
    }

    func testConv2DSamePaddingAndStrides() throws {
        // Rectangular window, unequal strides, odd and even padding totals, a window larger than the stride.
        try check(Case(h: 5, w: 4, c: 3, filters: 2, kernel: [3, 2], strides: [2, 1], padding: .same))
        try check(Case(h: 7, w: 6, c: 2, filters: 3, kernel: 4, strides: 3, padding: .same, useBias: false))
        try check(Case(h: 5, w: 5, c: 1, filters: 2, kernel: 2, strides: 2, padding: .same, activation: .relu))
        try check(Case(h: 6, w: 6, c: 2, filters: 2, kernel: 5, strides: 2, padding: .same, activation: .tanh))
        try check(Case(h: 4, w: 4, c: 2, filters: 2, kernel: 3, strides: 1, padding: .same))
    }

    func testConv2DValidWithStridesAndLeftoverEdge() throws {
        try check(Case(h: 7, w: 6, c: 3, filters: 2, kernel: [3, 2], strides: [2, 1], padding: .valid))
        try check(Case(h: 6, w: 7, c: 2, filters: 2, kernel: 2, strides: 3, padding: .valid))
    }

    func testConv2DPointwiseReadsInputDirectly() throws {
        try check(Case(h: 3, w: 4, c: 3, filters: 4, kernel: 1, strides: 1, padding: .valid, activation: .relu))
        try check(Case(h: 3, w: 4, c: 3, filters: 2, kernel: 1, strides: 2, padding: .same))
    }

    func testConv1DVariants() throws {
        try check(Case(h: 1, w: 10, c: 3, filters: 4, kernel: [1, 3], strides: 1, padding: .valid), oneD: true)
        try check(Case(h: 1, w: 10, c: 3, filters: 4, kernel: [1, 3], strides: [1, 2], padding: .same, activation: .tanh), oneD: true)
        try check(Case(h: 1, w: 10, c: 2, filters: 3, kernel: [1, 4], strides: [1, 3], padding: .valid, activation: .relu), oneD: true)
        try check(Case(h: 1, w: 6, c: 2, filters: 3, kernel: [1, 1], strides: 1, padding: .valid), oneD: true)
    }

    /// Keras 3.15 (JAX) output for these weights, recorded by Benchmarks/peers/keras_conv_facts.py:
    /// Conv2D(2, (3, 2), strides=(2, 1), padding="same") on x = arange(60).reshape(1, 5, 4, 3) / 10,
    /// kernel[i, j, c, o] = 0.01·(100i + 10j + 3c + o) − 0.5, bias [0.1, −0.2]. Pins the "same"
    /// padding split (the odd cell goes after) and the kernel layout.
    func testConv2DSameMatchesKerasNumbers() throws {
        let layer = Conv2D(2, kernelSize: [3, 2], strides: [2, 1], padding: .same)
        try layer.build(inputShape: [5, 4, 3])
        var k = [Float](repeating: 0, count: 36)
        for i in 0..<3 { for j in 0..<2 { for c in 0..<3 { for o in 0..<2 {
            k[((i * 2 + j) * 3 + c) * 2 + o] = 0.01 * Float(i * 100 + j * 10 + c * 3 + o) - 0.5
        } } } }
        try layer.setWeights([Tensor(shape: [3, 2, 3, 2], scalars: k), Tensor([0.1, -0.2])])
        let y = try layer(Tensor(shape: [1, 5, 4, 3], scalars: (0..<60).map { Float($0) / 10 }))
        XCTAssertEqual(y.shape, [1, 3, 4, 2])
        let keras: [Float] = [14.83, 14.632, 18.718, 18.556, 22.606, 22.48, 11.8, 11.596, 42.337, 42.514, 45.469, 45.7,
                              48.601, 48.886, 23.536, 23.542, 8.086, 8.32, 8.374, 8.644, 8.662, 8.968, 2.848, 2.86]
        for (a, b) in zip(y.scalars, keras) { XCTAssertEqual(a, b, accuracy: 1e-3) }
    }

    func testKernelLayoutAndGlorotLimit() throws {
        EngineRandom.seed(3)
        let conv = Conv2D(32, kernelSize: 3, inputShape: [28, 28, 1])
        try conv.build(inputShape: [28, 28, 1])
        XCTAssertEqual(conv.parameters.map(\.shape), [[3, 3, 1, 32], [32]])
        XCTAssertEqual(conv.parameters.map(\.name), ["kernel", "bias"])
        // Keras: fans are receptive field (9) times cin and cout: sqrt(6 / (9 + 288)) = 0.14213.
        let w = conv.parameters[0].tensor.scalars
        XCTAssertLessThanOrEqual(w.map(abs).max()!, 0.142_134)
        XCTAssertGreaterThan(w.map(abs).max()!, 0.13)
        XCTAssertEqual(conv.parameters[1].tensor.scalars, [Float](repeating: 0, count: 32))
        let c1 = Conv1D(4, kernelSize: 3)
        try c1.build(inputShape: [10, 3])
        XCTAssertEqual(c1.parameters.map(\.shape), [[3, 3, 4], [4]])
    }
}
