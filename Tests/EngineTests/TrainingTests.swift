import Foundation
import XCTest
@testable import Engine

final class TrainingTests: XCTestCase {
    func xor() throws -> (Tensor, Tensor) {
        (try Tensor([[0, 0], [0, 1], [1, 0], [1, 1]]), try Tensor([[0], [1], [1], [0]]))
    }

    func testXORIsLearned() throws {
        EngineRandom.seed(1)
        let (x, y) = try xor()
        let model = Sequential([Dense(8, activation: .tanh, inputShape: [2]), Dense(1, activation: .sigmoid)])
        try model.compile(optimizer: Adam(learningRate: 0.05), loss: .binaryCrossentropy, metrics: [.accuracy])
        let h = try model.fit(x, y, epochs: 300, batchSize: 4, verbose: 0)
        XCTAssertLessThan(try h["loss"].last ?? 1, 0.1)
        let p = try model.predict(x)
        XCTAssertEqual(p.scalars.map { $0 > 0.5 ? 1 : 0 }, [0, 1, 1, 0])
        XCTAssertEqual(try model.evaluate(x, y)["accuracy"], 1)
    }

    func testSameSeedGivesBitIdenticalLosses() throws {
        func run() throws -> [Float] {
            EngineRandom.seed(42)
            let x = try Tensor.randomNormal([200, 10], seed: 7)
            let y = try Tensor(stacking: (0..<200).map { i in Tensor([Float(i % 3 == 0 ? 1 : 0), Float(i % 3 == 0 ? 0 : 1)]) })
            let model = Sequential([Dense(16, activation: .relu, inputShape: [10]), Dropout(0.3), Dense(2, activation: .softmax)])
            try model.compile(optimizer: RMSprop(), loss: .categoricalCrossentropy, metrics: [.accuracy])
            return try model.fit(x, y, epochs: 3, batchSize: 32, validationSplit: 0.2, verbose: 0)["loss"]
        }
        XCTAssertEqual(try run(), try run())
    }

    func testHistoryKeysValidationSplitAndLog() throws {
        EngineRandom.seed(0)
        let x = try Tensor.randomNormal([10, 3], seed: 1)
        let y = Tensor(shape: [10], scalars: [0, 1, 2, 0, 1, 2, 0, 1, 2, 0])
        let model = Sequential([Dense(3, activation: .softmax, inputShape: [3])])
        try model.compile(optimizer: SGD(), loss: .sparseCategoricalCrossentropy, metrics: [.accuracy])
        var lines: [String] = []
        let h = try model.fit(x, y, epochs: 2, batchSize: 4, validationSplit: 0.25, verbose: 2, log: { lines.append($0) })
        XCTAssertEqual(h.keys, ["accuracy", "loss", "val_accuracy", "val_loss"])
        XCTAssertEqual(h.epochs.map(\.steps), [2, 2]) // 7 training samples in batches of 4
        XCTAssertEqual(lines.count, 4)
        XCTAssertEqual(lines[0], "Epoch 1/2")
        XCTAssertTrue(lines[1].hasPrefix("2/2 - "), lines[1])
        XCTAssertTrue(lines[1].contains("ms/step - accuracy: ") || lines[1].contains("us/step - accuracy: "), lines[1])
        XCTAssertEqual(h.logLines, lines)
        // Keras 3 prints the "Epoch i/n" header only when epochs > 1.
        var single: [String] = []
        try model.fit(x, y, epochs: 1, batchSize: 4, verbose: 2, log: { single.append($0) })
        XCTAssertEqual(single.count, 1)
        XCTAssertTrue(single[0].hasPrefix("3/3 - "), single[0])
        let e = try model.evaluate(x, y)
        XCTAssertEqual(e.names, ["loss", "accuracy"])
        XCTAssertEqual(try e[0], e.loss)
    }

    func testUncompiledFitAndBadShapesThrow() throws {
        let model = Sequential([Dense(4, inputShape: [3]), Dense(2, activation: .softmax)])
        let x = try Tensor.zeros([5, 3])
        XCTAssertThrowsError(try model.fit(x, Tensor.zeros([5, 2]), verbose: 0)) { e in
            XCTAssertTrue("\(e)".contains("compile"), "\(e)")
        }
        try model.compile(optimizer: SGD(), loss: .categoricalCrossentropy)
        XCTAssertThrowsError(try model.fit(Tensor.zeros([5, 4]), Tensor.zeros([5, 2]), verbose: 0)) { e in
            XCTAssertTrue("\(e)".contains("\"dense\"") && "\(e)".contains("(None, 3)") && "\(e)".contains("(None, 4)"), "\(e)")
        }
        XCTAssertThrowsError(try model.fit(x, Tensor.zeros([5, 3]), verbose: 0)) { e in
            XCTAssertTrue("\(e)".contains("(None, 3)") && "\(e)".contains("(None, 2)"), "\(e)")
        }
        XCTAssertThrowsError(try model.fit(x, Tensor.zeros([4, 2]), verbose: 0)) { e in
            XCTAssertTrue("\(e)".contains("(5, 3)") && "\(e)".contains("(4, 2)"), "\(e)")
        }
        XCTAssertThrowsError(try Dropout(1.5)(x)) { e in XCTAssertTrue("\(e)".contains("dropout"), "\(e)") }
        XCTAssertThrowsError(try model.fit(x, Tensor.zeros([5, 2]), batchSize: 0, verbose: 0))
    }
}

final class WeightsTests: XCTestCase {
    func testGetSetAndSaveLoadWeights() throws {
        EngineRandom.seed(8)
        let make = { Sequential([Dense(4, activation: .relu, inputShape: [3]), BatchNormalization(), Dense(2)]) }
        let a = make(), b = make()
        XCTAssertNotEqual(a.getWeights(), b.getWeights())
        try b.setWeights(a.getWeights())
        XCTAssertEqual(a.getWeights(), b.getWeights())
        XCTAssertEqual(a.getWeights().map(\.shape), [[3, 4], [4], [4], [4], [4], [4], [4, 2], [2]])

        let path = NSTemporaryDirectory() + "engine-weights-\(getpid()).npz"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let c = make()
        try a.saveWeights(to: path)
        try c.loadWeights(from: path)
        XCTAssertEqual(c.getWeights(), a.getWeights())

        let other = Sequential([Dense(5, inputShape: [3]), BatchNormalization(), Dense(2)])
        XCTAssertThrowsError(try other.loadWeights(from: path)) { e in
            XCTAssertTrue("\(e)".contains("\"dense\"") && "\(e)".contains("(3, 5)") && "\(e)".contains("(3, 4)"), "\(e)")
        }
        XCTAssertThrowsError(try a.layers[0].setWeights([try Tensor.zeros([4, 3]), try Tensor.zeros([4])])) { e in
            XCTAssertTrue("\(e)".contains("\"dense\"") && "\(e)".contains("(3, 4)") && "\(e)".contains("(4, 3)"), "\(e)")
        }
    }

    func testLayerCallAndNaNStop() throws {
        EngineRandom.seed(1)
        let d = Dense(2, activation: .relu)
        let y = try d(try Tensor([[1, 2, 3]]))
        XCTAssertEqual(y.shape, [1, 2])
        XCTAssertThrowsError(try d(try Tensor([[1, 2]]))) { e in
            XCTAssertTrue("\(e)".contains("(None, 3)") && "\(e)".contains("(None, 2)"), "\(e)")
        }
        let model = Sequential([Dense(1, inputShape: [1])])
        try model.compile(optimizer: SGD(learningRate: 1e30), loss: .mse)
        let x = try Tensor([[1e10], [2e10], [3e10], [4e10]])
        let h = try model.fit(x, x, epochs: 5, batchSize: 1, verbose: 0)
        XCTAssertEqual(h.epochs.count, 1)
        XCTAssertTrue(h.stopReason?.contains("Invalid loss") ?? false, "\(h.stopReason ?? "nil")")
        XCTAssertTrue(h.logLines.contains { $0.hasPrefix("Batch ") && $0.hasSuffix("Invalid loss, terminating training") })
    }
}

final class ThreadDeterminismTests: XCTestCase {
    /// The engine splits large products the same way whatever the thread count, so 1 and 2
    /// threads give bit-identical training.
    func testOneAndTwoThreadsGiveIdenticalLosses() throws {
        defer { BLAS.unpinThreads() }
        func run(threads: Int) throws -> [Float] {
            BLAS.threads = threads
            EngineRandom.seed(11)
            let x = try Tensor.randomNormal([256, 128], seed: 5)
            let y = try toCategorical(Tensor((0..<256).map { Float($0 % 10) }), classes: 10)
            let model = Sequential([Dense(128, activation: .relu, inputShape: [128]), Dropout(0.2), Dense(10, activation: .softmax)])
            try model.compile(optimizer: RMSprop(), loss: .categoricalCrossentropy)
            return try model.fit(x, y, epochs: 2, batchSize: 64, verbose: 0)["loss"]
        }
        XCTAssertEqual(try run(threads: 1), try run(threads: 2))
    }
}

final class LayerIntegrationTests: XCTestCase {
    func testFlattenBatchNormDropoutTrainAndInfer() throws {
        EngineRandom.seed(6)
        let n = 96
        let x = try Tensor.randomNormal([n, 2, 3], seed: 4)
        // Label: the sign of the sum of the first row of each sample.
        let labels: [Float] = (0..<n).map { i in x.scalars[(i * 6)..<(i * 6 + 3)].reduce(0, +) > 0 ? 1 : 0 }
        let y = Tensor(shape: [n], scalars: labels)
        let model = Sequential([
            Flatten(inputShape: [2, 3]), Dense(16, kernelInitializer: .heNormal), BatchNormalization(),
            ActivationLayer(.relu), Dropout(0.1), Dense(2, activation: .softmax),
        ])
        XCTAssertEqual(try model.summaryData().rows.map(\.outputShape), ["(None, 6)", "(None, 16)", "(None, 16)", "(None, 16)", "(None, 16)", "(None, 2)"])
        try model.compile(optimizer: Adam(learningRate: 0.01), loss: .sparseCategoricalCrossentropy, metrics: [.accuracy])
        let h = try model.fit(x, y, epochs: 40, batchSize: 32, verbose: 0)
        XCTAssertGreaterThan(try h["accuracy"].last ?? 0, 0.9)
        // Inference uses the moving statistics: predictions do not depend on the batch.
        let all = try model.predict(x)
        let one = try model.predict(x[0..<1])
        XCTAssertEqual(Array(all.scalars[0..<2]), one.scalars)
        XCTAssertEqual(model.layers[2].nonTrainableParamCount, 32)
    }

    func testDenseOnRank3InputsActsOnLastAxis() throws {
        EngineRandom.seed(2)
        let d = Dense(4, inputShape: [5, 3])
        let model = Sequential([d])
        XCTAssertEqual(model.outputShape, [5, 4])
        let x = try Tensor.randomNormal([2, 5, 3], seed: 1)
        let y = try model.predict(x)
        let w = d.getWeights()[0]
        let expected = try matmul(x.reshaped([10, 3]), w)
        XCTAssertEqual(y.shape, [2, 5, 4])
        for (a, b) in zip(y.scalars, expected.scalars) { XCTAssertEqual(a, b, accuracy: 1e-6) }
    }

    func testBinaryTargetsAsVectorAndValidationData() throws {
        EngineRandom.seed(3)
        let x = try Tensor.randomNormal([64, 2], seed: 9)
        let y = Tensor(shape: [64], scalars: (0..<64).map { x.scalars[$0 * 2] > 0 ? 1 : 0 })
        let model = Sequential([Dense(1, activation: .sigmoid, inputShape: [2])])
        try model.compile(optimizer: SGD(learningRate: 0.5), loss: .binaryCrossentropy, metrics: [.accuracy])
        let h = try model.fit(x, y, epochs: 20, batchSize: 16, validationData: (x[0..<16], y[0..<16]), verbose: 0)
        XCTAssertGreaterThan(try h["val_accuracy"].last ?? 0, 0.9)
        XCTAssertThrowsError(try model.fit(x, try Tensor.zeros([64, 3]), verbose: 0)) { e in
            XCTAssertTrue("\(e)".contains("(None, 3)") && "\(e)".contains("(None, 1)"), "\(e)")
        }
    }
}
