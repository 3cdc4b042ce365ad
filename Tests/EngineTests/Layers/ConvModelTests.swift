import XCTest
@testable import Engine

/// Convolutional models end to end: Keras's summary text, a whole-model gradient through
/// conv → pool → dense, the shape layers, and a model used as a layer.
final class ConvModelTests: XCTestCase {
    /// Keras 3.15.1 printed this for the convnet (Benchmarks/peers/keras_conv_facts.py).
    func testConvnetSummaryMatchesKeras() throws {
        let cnn = Sequential([
            Conv2D(32, kernelSize: 3, activation: .relu, inputShape: [28, 28, 1]),
            MaxPooling2D(poolSize: 2),
            Conv2D(64, kernelSize: 5, strides: 2, padding: .same, activation: .relu),
            GlobalAveragePooling2D(),
            Dense(10, activation: .softmax),
        ])
        XCTAssertEqual(try cnn.summary(), """
        Model: "sequential"
        ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
        ┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
        ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
        │ conv2d (Conv2D)                 │ (None, 26, 26, 32)     │           320 │
        ├─────────────────────────────────┼────────────────────────┼───────────────┤
        │ max_pooling2d (MaxPooling2D)    │ (None, 13, 13, 32)     │             0 │
        ├─────────────────────────────────┼────────────────────────┼───────────────┤
        │ conv2d_1 (Conv2D)               │ (None, 7, 7, 64)       │        51,264 │
        ├─────────────────────────────────┼────────────────────────┼───────────────┤
        │ global_average_pooling2d        │ (None, 64)             │             0 │
        │ (GlobalAveragePooling2D)        │                        │               │
        ├─────────────────────────────────┼────────────────────────┼───────────────┤
        │ dense (Dense)                   │ (None, 10)             │           650 │
        └─────────────────────────────────┴────────────────────────┴───────────────┘
         Total params: 52,234 (204.04 KB)
         Trainable params: 52,234 (204.04 KB)
         Non-trainable params: 0 (0.00 B)
        """)
    }

    func testSummaryWrapsLongCellsAsKeras() {
        XCTAssertEqual(ModelSummary.wrap("global_average_pooling2d (GlobalAveragePooling2D)", 31),
                       ["global_average_pooling2d", "(GlobalAveragePooling2D)"])
        XCTAssertEqual(ModelSummary.wrap("dense (Dense)", 31), ["dense (Dense)"])
        XCTAssertEqual(ModelSummary.wrap("a_very_long_layer_name_without_any_space (Dense)", 31),
                       ["a_very_long_layer_name_without_", "any_space (Dense)"])
        XCTAssertEqual(ModelSummary.wrap("", 31), [""])
    }

    /// Keras's "simple MNIST convnet": 34,826 parameters, shapes as Keras prints them.
    func testSimpleMNISTConvnetShapes() throws {
        let model = Sequential([
            Conv2D(32, kernelSize: 3, activation: .relu, inputShape: [28, 28, 1]), MaxPooling2D(poolSize: 2),
            Conv2D(64, kernelSize: 3, activation: .relu), MaxPooling2D(poolSize: 2),
            Flatten(), Dropout(0.5), Dense(10, activation: .softmax),
        ])
        let s = try model.summaryData()
        XCTAssertEqual(s.rows.map(\.outputShape), ["(None, 26, 26, 32)", "(None, 13, 13, 32)", "(None, 11, 11, 64)", "(None, 5, 5, 64)",
                                                   "(None, 1600)", "(None, 1600)", "(None, 10)"])
        XCTAssertEqual(s.rows.map(\.params), [320, 0, 18_496, 0, 0, 0, 16_010])
        XCTAssertEqual(s.totalParams, 34_826)
    }

    /// conv(relu) → max pool → flatten → dense softmax with the fused crossentropy, every weight
    /// against central differences of a Double reference.
    func testModelGradientThroughConvAndPooling() throws {
        EngineRandom.seed(4)
        let model = Sequential([
            Conv2D(2, kernelSize: 3, padding: .same, activation: .relu, biasInitializer: .randomNormal(mean: 0.1, stddev: 0.1), inputShape: [5, 5, 1]),
            MaxPooling2D(poolSize: 2, padding: .same), Flatten(), Dense(3, activation: .softmax),
        ])
        try model.compile(optimizer: SGD(learningRate: 0), loss: .categoricalCrossentropy)
        let batch = 2
        let x = Tensor(shape: [batch, 5, 5, 1], scalars: Ref.random(50, seed: 91))
        let y = Tensor(shape: [batch, 3], scalars: [0, 1, 0, 1, 0, 0])
        let w = model.getWeights().map { $0.scalars.map(Double.init) }
        let runner = try BatchRunner(model: model, x: x, y: y, loss: model.loss)
        XCTAssertTrue(runner.fused)
        runner.setFusedFlags(true)
        try x.scalars.withUnsafeBufferPointer { xp in
            try y.scalars.withUnsafeBufferPointer { yp in try runner.gather(range: 0..<batch, x: xp.baseAddress!, y: yp.baseAddress!) }
        }
        let (loss, _) = try runner.trainStep(batch: batch, optimizer: model.optimizer!)
        runner.setFusedFlags(false)
        let conv = WindowRef(n: batch, h: 5, w: 5, c: 1, kh: 3, kw: 3, sh: 1, sw: 1, same: true)
        let pool = WindowRef(n: batch, h: 5, w: 5, c: 2, kh: 2, kw: 2, sh: 2, sw: 2, same: true)
        func objective(_ ws: [[Double]]) -> Double {
            let h = pool.pool(conv.conv(x.scalars.map(Double.init), kernel: ws[0], bias: ws[1], filters: 2, activation: .relu), max: true)
            let features = h.count / batch
            var z = [Double](repeating: 0, count: batch * 3)
            for r in 0..<batch { for j in 0..<3 {
                var s = ws[3][j]
                for k in 0..<features { s += h[r * features + k] * ws[2][k * 3 + j] }
                z[r * 3 + j] = s
            } }
            return Ref.loss(.categoricalCrossentropy, pred: z, target: y.scalars.map(Double.init), cols: 3, logits: true)
        }
        XCTAssertEqual(loss, objective(w), accuracy: 1e-5)
        for (i, p) in model.layers.flatMap(\.parameters).enumerated() {
            let numeric = Ref.numericGradient(w[i]) { wi in var ws = w; ws[i] = wi; return objective(ws) }
            Ref.assertClose(p.gradient.scalars, numeric, "model weight \(i) (\(p.name))")
        }
    }

    func testShapeLayersGradients() throws {
        let x = Ref.random(24, seed: 5), c = Ref.random(24, seed: 6)
        let reshape = Reshape([3, 4])
        try reshape.build(inputShape: [12])
        let (ro, rdx, _) = try LayerRun.gradients(reshape, x: x, batch: 2, c: c)
        XCTAssertEqual(ro, x)
        XCTAssertEqual(rdx, c)
        let rescale = Rescaling(0.5, offset: -1)
        try rescale.build(inputShape: [12])
        let (so, sdx, _) = try LayerRun.gradients(rescale, x: x, batch: 2, c: c)
        XCTAssertEqual(so, x.map { $0 * 0.5 - 1 })
        Ref.assertClose(sdx, Ref.numericGradient(x.map(Double.init)) { LayerRun.dot($0.map { $0 * 0.5 - 1 }, c) }, "Rescaling dx")
        let softmax = Softmax()
        try softmax.build(inputShape: [4])
        let (_, mdx, _) = try LayerRun.gradients(softmax, x: x, batch: 6, c: c)
        Ref.assertClose(mdx, Ref.numericGradient(x.map(Double.init)) { LayerRun.dot(Ref.act(.softmax, $0, cols: 4), c) }, "Softmax dx")
        XCTAssertEqual(softmax.typeName, "Softmax")
    }

    /// `Sequential([model, Softmax()])`: one row for the inner model, its weights shared, its
    /// logits turned into probabilities, trainable through the outer model.
    func testModelAsLayer() throws {
        EngineRandom.seed(2)
        let inner = Sequential([Dense(4, activation: .relu, inputShape: [3]), Dense(2)], name: "logits")
        let outer = Sequential([inner.asLayer, Softmax()], name: "probabilities")
        XCTAssertTrue(outer.isBuilt)
        let s = try outer.summaryData()
        XCTAssertEqual(s.rows.map(\.name), ["logits", "softmax"])
        XCTAssertEqual(s.rows.map(\.type), ["Sequential", "Softmax"])
        XCTAssertEqual(s.rows.map(\.outputShape), ["(None, 2)", "(None, 2)"])
        XCTAssertEqual(s.totalParams, 26)
        XCTAssertEqual(outer.getWeights().count, 4)
        let x = Tensor(shape: [5, 3], scalars: Ref.random(15, seed: 8))
        let logits = try inner.predict(x), probs = try outer.predict(x)
        XCTAssertEqual(probs.scalars, Activation.softmax(logits).scalars)
        // Training the outer model moves the inner model's weights (they are the same arrays).
        try outer.compile(optimizer: SGD(learningRate: 0.5), loss: .sparseCategoricalCrossentropy)
        let before = inner.getWeights()[2].scalars
        let y = Tensor(shape: [5], scalars: [0, 1, 1, 0, 1])
        let lossBefore = try outer.evaluate(x, y).loss
        try outer.fit(x, y, epochs: 5, batchSize: 5, shuffle: false, verbose: 0)
        XCTAssertNotEqual(inner.getWeights()[2].scalars, before)
        XCTAssertLessThan(try outer.evaluate(x, y).loss, lossBefore)
        inner.layers[0].trainable = false
        XCTAssertEqual(outer.trainableParamCount, 10)
        XCTAssertEqual(outer.nonTrainableParamCount, 16)
    }

    /// The packing and pooling kernels split batches the same way whatever the thread count
    /// (sizes chosen so every kernel here takes its two-chunk path): 1 and 2 threads train alike.
    func testOneAndTwoThreadsTrainConvnetsIdentically() throws {
        defer { BLAS.unpinThreads() }
        func run(threads: Int) throws -> [Float] {
            BLAS.threads = threads
            EngineRandom.seed(12)
            let x = try Tensor.randomNormal([32, 16, 16, 3], seed: 6)
            let y = Tensor((0..<32).map { Float($0 % 10) })
            let model = Sequential([
                Conv2D(16, kernelSize: 3, padding: .same, activation: .relu, inputShape: [16, 16, 3]), MaxPooling2D(poolSize: 2),
                Conv2D(8, kernelSize: 3, activation: .relu), AveragePooling2D(poolSize: 3, strides: 1, padding: .same),
                GlobalMaxPooling2D(), Dense(10, activation: .softmax),
            ])
            try model.compile(optimizer: Adam(), loss: .sparseCategoricalCrossentropy)
            return try model.fit(x, y, epochs: 2, batchSize: 32, verbose: 0)["loss"]
        }
        let one = try run(threads: 1)
        XCTAssertEqual(one, try run(threads: 2))
        XCTAssertLessThan(one[1], one[0])
    }
}
