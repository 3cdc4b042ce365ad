import Foundation
import XCTest
@testable import Engine

/// Analytic Float gradients against central differences of Double references.
final class GradientCheckTests: XCTestCase {
    let allActivations: [Activation] = [.relu, .sigmoid, .tanh, .softmax, .leakyRelu, .elu, .selu, .softplus, .swish, .linear]

    func testActivationGradients() {
        let rows = 3, cols = 4
        // Keep values away from relu's kink so differences are well defined.
        let z = Ref.random(rows * cols, seed: 11).map { abs($0) < 0.05 ? $0 + 0.2 : $0 }
        let c = Ref.random(rows * cols, seed: 12)
        for a in allActivations {
            var out = [Float](repeating: 0, count: z.count)
            var dy = c
            z.withUnsafeBufferPointer { zp in
                out.withUnsafeMutableBufferPointer { op in
                    a.forward(zp.baseAddress!, op.baseAddress!, rows: rows, cols: cols)
                    dy.withUnsafeMutableBufferPointer { dp in
                        a.backward(dp.baseAddress!, z: zp.baseAddress!, out: UnsafePointer(op.baseAddress!), rows: rows, cols: cols)
                    }
                }
            }
            let ref = Ref.act(a, z.map(Double.init), cols: cols)
            for (o, r) in zip(out, ref) { XCTAssertEqual(Double(o), r, accuracy: 1e-5, "forward \(a)") }
            let numeric = Ref.numericGradient(z.map(Double.init)) { zz in
                zip(Ref.act(a, zz, cols: cols), c).map { $0 * Double($1) }.reduce(0, +)
            }
            Ref.assertClose(dy, numeric, "activation \(a)")
        }
    }

    func testLossGradients() throws {
        let rows = 4, cols = 3
        let probs: [Float] = (0..<rows).flatMap { r -> [Float] in
            let raw = (0..<cols).map { Float(1 + ($0 + r) % 3) + 0.1 * Float($0) }
            let s = raw.reduce(0, +)
            return raw.map { $0 / s }
        }
        let onehot: [Float] = (0..<rows).flatMap { r in (0..<cols).map { $0 == r % cols ? 1 : 0 } }
        let labels: [Float] = (0..<rows).map { Float($0 % cols) }
        let values = Ref.random(rows * cols, seed: 3, scale: 1.5)
        let cases: [(Loss, [Float], [Float], Bool)] = [
            (.mse, values, Ref.random(rows * cols, seed: 4), false),
            (.mae, values, Ref.random(rows * cols, seed: 4), false),
            (.huber, values, Ref.random(rows * cols, seed: 4), false),
            (.binaryCrossentropy, probs, onehot, false),
            (.categoricalCrossentropy, probs, onehot, false),
            (.sparseCategoricalCrossentropy, probs, labels, false),
            (.binaryCrossentropy(fromLogits: true), values, onehot, true),
            (.categoricalCrossentropy(fromLogits: true), values, onehot, true),
            (.sparseCategoricalCrossentropy(fromLogits: true), values, labels, true),
        ]
        for (loss, pred, target, logits) in cases {
            var grad = [Float](repeating: 0, count: pred.count)
            let total = try compute(loss, pred: pred, target: target, cols: cols, grad: &grad, throughActivation: false)
            let t64 = target.map(Double.init)
            let ref = Ref.loss(loss, pred: pred.map(Double.init), target: t64, cols: cols, logits: logits)
            XCTAssertEqual(total / Double(rows), ref, accuracy: 1e-5, "value \(loss) logits=\(logits)")
            let numeric = Ref.numericGradient(pred.map(Double.init)) { Ref.loss(loss, pred: $0, target: t64, cols: cols, logits: logits) }
            Ref.assertClose(grad, numeric, "loss \(loss) logits=\(logits)")
        }
    }

    /// After a softmax/sigmoid output the loss hands back dL/dz: checked against finite differences
    /// of Keras's clipped loss on softmax(z) / sigmoid(z), including a saturated row whose clipped
    /// class passes no gradient (Keras on JAX; keras-semantics.md).
    func testLossGradientsThroughOutputActivation() throws {
        let rows = 3, cols = 3
        // Row 2 is saturated: its target class has p ≈ e^−40 < 1e-7.
        let z: [Double] = [0.3, -1.2, 0.8, 2.0, 0.1, -0.5, 40, 0, 0.5]
        let onehot: [Float] = [1, 0, 0, 0, 0, 1, 0, 1, 0]
        let labels: [Float] = [0, 2, 1]
        let soft: [Float] = [0.2, 0.5, 0.3, 0.1, 0.1, 0.8, 0.3, 0.6, 0.1]
        func softmax(_ z: [Double]) -> [Double] {
            stride(from: 0, to: z.count, by: cols).flatMap { r -> [Double] in
                let row = z[r..<(r + cols)], m = row.max() ?? 0
                let e = row.map { Foundation.exp($0 - m) }, s = e.reduce(0, +)
                return e.map { $0 / s }
            }
        }
        func sigmoid(_ z: [Double]) -> [Double] { z.map { 1 / (1 + Foundation.exp(-$0)) } }
        // Binary: z = −40 saturates at the lower clip (the upper one, 1 − 1e-7, rounds in Float).
        let cases: [(Loss, [Double], [Float], ([Double]) -> [Double])] = [
            (.categoricalCrossentropy, z, onehot, softmax), (.categoricalCrossentropy, z, soft, softmax),
            (.sparseCategoricalCrossentropy, z, labels, softmax), (.binaryCrossentropy, z.map { -$0 }, onehot, sigmoid),
        ]
        for (loss, z, target, activation) in cases {
            let pred = activation(z).map(Float.init)
            var grad = [Float](repeating: 0, count: pred.count)
            let total = try compute(loss, pred: pred, target: target, cols: cols, grad: &grad, throughActivation: true)
            let t64 = target.map(Double.init)
            let ref = Ref.loss(loss, pred: activation(z), target: t64, cols: cols, logits: false)
            XCTAssertEqual(total / Double(rows), ref, accuracy: 1e-4, "value \(loss)")
            let numeric = Ref.numericGradient(z) { Ref.loss(loss, pred: activation($0), target: t64, cols: cols, logits: false) }
            Ref.assertClose(grad, numeric, "loss \(loss) through its output activation")
        }
    }

    private func compute(_ loss: Loss, pred: [Float], target: [Float], cols: Int, grad: inout [Float], throughActivation: Bool) throws -> Double {
        try pred.withUnsafeBufferPointer { p in
            try target.withUnsafeBufferPointer { t in
                try grad.withUnsafeMutableBufferPointer { g in
                    try loss.compute(pred: p.baseAddress!, target: t.baseAddress!, rows: pred.count / cols, cols: cols,
                                     grad: g.baseAddress!, throughActivation: throughActivation)
                }
            }
        }
    }

    func testSoftmaxOutputLossIsClippedAsKerasOnJAX() throws {
        // A logit gap of 30: Keras 3.15 on JAX gives the clipped 16.118 (its TensorFlow backend, which
        // takes a logits shortcut, gives 30); `fromLogits: true` on a linear output gives 30.
        let model = Sequential([Dense(2, activation: .softmax, useBias: false, inputShape: [1])])
        try model.build(inputShape: [1])
        try model.setWeights([try Tensor([[30, 0]])])
        try model.compile(optimizer: SGD(), loss: .categoricalCrossentropy)
        let e = try model.evaluate(try Tensor([[1]]), try Tensor([[0, 1]]))
        XCTAssertEqual(e.loss, 16.118, accuracy: 1e-3)
        let linear = Sequential([Dense(2, useBias: false, inputShape: [1])])
        try linear.build(inputShape: [1])
        try linear.setWeights([try Tensor([[30, 0]])])
        try linear.compile(optimizer: SGD(), loss: .categoricalCrossentropy(fromLogits: true))
        XCTAssertEqual(try linear.evaluate(try Tensor([[1]]), try Tensor([[0, 1]])).loss, 30, accuracy: 1e-4)
    }

    func layerGradients(_ layer: Layer, x: [Float], batch: Int, c: [Float]) throws -> (out: [Float], dx: [Float], grads: [[Float]]) {
        try Ref.layerGradients(layer, x: x, batch: batch, c: c)
    }

    func testDenseGradientsForEveryActivation() throws {
        let batch = 3, fanIn = 4, units = 5
        let x = Ref.random(batch * fanIn, seed: 21)
        let c = Ref.random(batch * units, seed: 22)
        for a in allActivations {
            EngineRandom.seed(5)
            let d = Dense(units, activation: a, biasInitializer: .randomNormal(mean: 0, stddev: 0.3), kernelRegularizer: nil)
            try d.build(inputShape: [fanIn])
            let w = d.parameters[0].tensor.scalars.map(Double.init), b = d.parameters[1].tensor.scalars.map(Double.init)
            let (_, dx, grads) = try layerGradients(d, x: x, batch: batch, c: c)
            func objective(_ xx: [Double], _ ww: [Double], _ bb: [Double]) -> Double {
                var z = [Double](repeating: 0, count: batch * units)
                for r in 0..<batch { for j in 0..<units {
                    var s = bb[j]
                    for k in 0..<fanIn { s += xx[r * fanIn + k] * ww[k * units + j] }
                    z[r * units + j] = s
                } }
                return zip(Ref.act(a, z, cols: units), c).map { $0 * Double($1) }.reduce(0, +)
            }
            let xd = x.map(Double.init)
            Ref.assertClose(dx, Ref.numericGradient(xd) { objective($0, w, b) }, "Dense(\(a)) dx")
            Ref.assertClose(grads[0], Ref.numericGradient(w) { objective(xd, $0, b) }, "Dense(\(a)) kernel")
            Ref.assertClose(grads[1], Ref.numericGradient(b) { objective(xd, w, $0) }, "Dense(\(a)) bias")
        }
    }

    func testBatchNormalizationGradients() throws {
        let batch = 6, cols = 3
        let bn = BatchNormalization()
        try bn.build(inputShape: [cols])
        try bn.setWeights([Tensor([1.5, 0.5, -1]), Tensor([0.1, -0.2, 0.3]), Tensor([0, 0, 0]), Tensor([1, 1, 1])])
        let x = Ref.random(batch * cols, seed: 31)
        let c = Ref.random(batch * cols, seed: 32)
        let (out, dx, grads) = try layerGradients(bn, x: x, batch: batch, c: c)
        func forward(_ xx: [Double], _ g: [Double], _ b: [Double]) -> [Double] {
            var y = xx
            for j in 0..<cols {
                let col = (0..<batch).map { xx[$0 * cols + j] }
                let m = col.reduce(0, +) / Double(batch)
                let v = col.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(batch)
                for r in 0..<batch { y[r * cols + j] = g[j] * (xx[r * cols + j] - m) / (v + 1e-3).squareRoot() + b[j] }
            }
            return y
        }
        let g0 = [1.5, 0.5, -1], b0 = [0.1, -0.2, 0.3], xd = x.map(Double.init)
        for (o, r) in zip(out, forward(xd, g0, b0)) { XCTAssertEqual(Double(o), r, accuracy: 1e-5) }
        func obj(_ y: [Double]) -> Double { zip(y, c).map { $0 * Double($1) }.reduce(0, +) }
        Ref.assertClose(dx, Ref.numericGradient(xd) { obj(forward($0, g0, b0)) }, "BatchNormalization dx")
        Ref.assertClose(grads[0], Ref.numericGradient(g0) { obj(forward(xd, $0, b0)) }, "BatchNormalization gamma")
        Ref.assertClose(grads[1], Ref.numericGradient(b0) { obj(forward(xd, g0, $0)) }, "BatchNormalization beta")
        // Moving statistics moved 1% toward the batch statistics.
        let mm = bn.parameters[2].tensor.scalars
        let m0 = (0..<batch).map { Double(x[$0 * cols]) }.reduce(0, +) / Double(batch)
        XCTAssertEqual(Double(mm[0]), 0.01 * m0, accuracy: 1e-6)
    }

    func testDropoutFlattenActivationLayerGradients() throws {
        EngineRandom.seed(9)
        let batch = 4, n = 50
        let x = Ref.random(batch * n, seed: 41).map { $0 == 0 ? 1 : $0 }
        let c = Ref.random(batch * n, seed: 42)
        let drop = Dropout(0.4)
        try drop.build(inputShape: [n])
        let (out, dx, _) = try layerGradients(drop, x: x, batch: batch, c: c)
        // The objective is linear in x with the mask fixed: dx = c·mask = c·out/x.
        for i in 0..<x.count {
            let mask = out[i] / x[i]
            XCTAssertTrue(mask == 0 || abs(mask - 1 / 0.6) < 1e-5)
            XCTAssertEqual(dx[i], c[i] * mask, accuracy: 1e-5)
        }
        let kept = out.filter { $0 != 0 }.count
        XCTAssertEqual(Double(kept) / Double(out.count), 0.6, accuracy: 0.1)
        let inference = try drop(Tensor(shape: [batch, n], scalars: x))
        XCTAssertEqual(inference.scalars, x)

        let flat = Flatten()
        try flat.build(inputShape: [2, 3])
        XCTAssertEqual(flat.outputShape, [6])
        let (fo, fdx, _) = try layerGradients(flat, x: Ref.random(12, seed: 1), batch: 2, c: Ref.random(12, seed: 2))
        XCTAssertEqual(fo, Ref.random(12, seed: 1))
        XCTAssertEqual(fdx, Ref.random(12, seed: 2))

        for layer in [ActivationLayer(.tanh), LeakyReLU(), ActivationLayer(.softmax)] {
            try layer.build(inputShape: [5])
            let xs = Ref.random(15, seed: 51), cs = Ref.random(15, seed: 52)
            let (_, adx, _) = try layerGradients(layer, x: xs, batch: 3, c: cs)
            let numeric = Ref.numericGradient(xs.map(Double.init)) { zz in
                zip(Ref.act(layer.activation, zz, cols: 5), cs).map { $0 * Double($1) }.reduce(0, +)
            }
            Ref.assertClose(adx, numeric, "\(layer.typeName)(\(layer.activation))")
        }
        XCTAssertEqual(LeakyReLU().activation.alpha, 0.3)
    }

    /// Whole-model check: relu hidden layer, fused softmax + crossentropy, L2 penalty.
    func testModelGradientWithRegularizerAndFusedSoftmax() throws {
        EngineRandom.seed(3)
        let model = Sequential([
            Dense(4, activation: .relu, biasInitializer: .randomNormal(mean: 0.1, stddev: 0.1), kernelRegularizer: .l2(0.01), inputShape: [3]),
            Dense(3, activation: .softmax, kernelRegularizer: .l1(0.02)),
        ])
        try model.compile(optimizer: SGD(learningRate: 0), loss: .categoricalCrossentropy)
        let x = Tensor(shape: [5, 3], scalars: Ref.random(15, seed: 61))
        let y = Tensor(shape: [5, 3], scalars: (0..<15).map { $0 % 4 == 0 ? 1 : 0 })
        let w = model.getWeights().map { $0.scalars.map(Double.init) }
        let runner = try BatchRunner(model: model, x: x, y: y, loss: model.loss)
        XCTAssertTrue(runner.fused)
        runner.setFusedFlags(true)
        try x.scalars.withUnsafeBufferPointer { xp in
            try y.scalars.withUnsafeBufferPointer { yp in try runner.gather(range: 0..<5, x: xp.baseAddress!, y: yp.baseAddress!) }
        }
        let (loss, _) = try runner.trainStep(batch: 5, optimizer: model.optimizer!)
        runner.setFusedFlags(false)
        func objective(_ ws: [[Double]]) -> Double {
            let xd = x.scalars.map(Double.init)
            var h = [Double](repeating: 0, count: 20)
            for r in 0..<5 { for j in 0..<4 {
                var s = ws[1][j]; for k in 0..<3 { s += xd[r * 3 + k] * ws[0][k * 4 + j] }
                h[r * 4 + j] = max(s, 0)
            } }
            var z = [Double](repeating: 0, count: 15)
            for r in 0..<5 { for j in 0..<3 {
                var s = ws[3][j]; for k in 0..<4 { s += h[r * 4 + k] * ws[2][k * 3 + j] }
                z[r * 3 + j] = s
            } }
            let l = Ref.loss(.categoricalCrossentropy, pred: z, target: y.scalars.map(Double.init), cols: 3, logits: true)
            return l + 0.01 * ws[0].map { $0 * $0 }.reduce(0, +) + 0.02 * ws[2].map { abs($0) }.reduce(0, +)
        }
        XCTAssertEqual(loss, objective(w), accuracy: 1e-5)
        let params = model.layers.flatMap(\.parameters)
        for (i, p) in params.enumerated() {
            let numeric = Ref.numericGradient(w[i]) { wi in var ws = w; ws[i] = wi; return objective(ws) }
            Ref.assertClose(p.gradient.scalars, numeric, "model weight \(i) (\(p.name))")
        }
    }
}
