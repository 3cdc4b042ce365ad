@testable import Engine
import Foundation
import XCTest

/// `.keras` files: every layer kind round-trips architecture, weights and compile settings, and
/// the loaded model predicts exactly what the saved one did.
final class KerasArchiveTests: XCTestCase {
    override func setUp() { EngineRandom.seed(7) }

    /// Saves, loads, and checks names, shapes, weights and predictions agree exactly.
    @discardableResult
    func roundTrip(_ model: Sequential, _ x: Tensor, file: StaticString = #filePath, line: UInt = #line) throws -> Sequential {
        let bytes = try KerasArchive.encode(model, source: "m.keras")
        let loaded = try KerasArchive.decode(bytes, source: "m.keras")
        XCTAssertEqual(loaded.name, model.name, file: file, line: line)
        XCTAssertEqual(loaded.layers.map(\.name), model.layers.map(\.name), file: file, line: line)
        XCTAssertEqual(loaded.layers.map(\.typeName), model.layers.map(\.typeName), file: file, line: line)
        XCTAssertEqual(loaded.layers.map(\.outputShape), model.layers.map(\.outputShape), file: file, line: line)
        XCTAssertEqual(loaded.countParams, model.countParams, file: file, line: line)
        XCTAssertEqual(loaded.getWeights(), model.getWeights(), file: file, line: line)
        XCTAssertEqual(try loaded.predict(x).scalars, try model.predict(x).scalars, file: file, line: line)
        // Deterministic bytes: saving the loaded model gives the same file.
        XCTAssertEqual(try KerasArchive.encode(loaded, source: "m.keras"), bytes, file: file, line: line)
        return loaded
    }

    func testDenseModelKeepsCompileSettings() throws {
        let model = Sequential([
            Dense(8, activation: .relu, kernelRegularizer: .l2(0.01), inputShape: [4]), Dropout(0.3),
            Dense(3, activation: .softmax, useBias: true, kernelInitializer: .heNormal),
        ], name: "classifier")
        try model.compile(optimizer: Adam(learningRate: 0.01, beta1: 0.8), loss: .sparseCategoricalCrossentropy(fromLogits: false),
                          metrics: [.accuracy, .topKCategoricalAccuracy(k: 2)])
        let loaded = try roundTrip(model, try Tensor.randomNormal([5, 4]))
        let adam = try XCTUnwrap(loaded.optimizer as? Adam)
        XCTAssertEqual(adam.learningRate, 0.01)
        XCTAssertEqual(adam.beta1, 0.8)
        XCTAssertEqual(loaded.loss, .sparseCategoricalCrossentropy)
        XCTAssertEqual(loaded.metrics, model.metrics)
        XCTAssertEqual((loaded.layers[0] as? Dense)?.kernelRegularizer, .l2(0.01))
        XCTAssertEqual((loaded.layers[2] as? Dense)?.kernelInitializer, .heNormal)
    }

    func testConvolutionAndPoolingLayers() throws {
        let model = Sequential([
            Input(shape: [12, 12, 1]), Rescaling(1.0 / 255, offset: 0.5),
            Conv2D(4, kernelSize: [3, 2], strides: 1, padding: .same, activation: .relu),
            MaxPooling2D(poolSize: 2), Conv2D(3, kernelSize: 3, strides: 2, activation: .tanh), AveragePooling2D(poolSize: 2, padding: .same),
            BatchNormalization(momentum: 0.9), GlobalMaxPooling2D(), Dense(2), Softmax(),
        ])
        try model.compile(optimizer: SGD(learningRate: 0.1, momentum: 0.9, nesterov: true), loss: .categoricalCrossentropy(fromLogits: true))
        let loaded = try roundTrip(model, try Tensor.randomUniform([2, 12, 12, 1], low: 0, high: 255))
        XCTAssertEqual(loaded.loss, .categoricalCrossentropy(fromLogits: true))
        XCTAssertEqual((loaded.optimizer as? SGD)?.nesterov, true)
    }

    func testSequenceLayersAndNestedModels() throws {
        let encoder = Sequential([Embedding(inputDim: 20, outputDim: 4, maskZero: true, inputShape: [6]), Conv1D(3, kernelSize: 2, activation: .relu)],
                                 name: "encoder")
        let model = Sequential([ModelLayer(encoder), MaxPooling1D(poolSize: 2), AveragePooling1D(poolSize: 1), GlobalAveragePooling1D(),
                                LeakyReLU(negativeSlope: 0.1), Dense(1, activation: .sigmoid)])
        let sgd = RMSprop()
        sgd.schedule = ExponentialDecay(initialLearningRate: 0.1, decaySteps: 10, decayRate: 0.5, staircase: true)
        try model.compile(optimizer: sgd, loss: .binaryCrossentropy, metrics: [Metric.binaryCrossentropy(fromLogits: true, name: "bce")])
        let ids = Tensor(shape: [3, 6], scalars: (0..<18).map { Float($0 % 20) })
        let loaded = try roundTrip(model, ids)
        XCTAssertEqual((loaded.optimizer?.schedule as? ExponentialDecay)?.decay.decayRate, 0.5)
        XCTAssertEqual(loaded.metrics.first?.name, "bce")
        XCTAssertEqual(loaded.metrics.first?.fromLogits, true)
    }

    func testShapeLayersNormalizationAndActivations() throws {
        let norm = Normalization(inputShape: [6])
        try norm.adapt(try Tensor.randomNormal([10, 6], mean: 3, stddev: 2))
        let model = Sequential([norm, Reshape([3, 2]), ActivationLayer(.elu), Dense(4, activation: .swish), GlobalAveragePooling1D(),
                                Flatten(), Dense(2, activation: .linear, useBias: false)])
        let loaded = try roundTrip(model, try Tensor.randomNormal([4, 6]))
        XCTAssertEqual((loaded.layers[0] as? Normalization)?.mean, norm.mean)
        XCTAssertNil(loaded.optimizer)
    }

    func testErrorsNameTheFileAndTheProblem() throws {
        XCTAssertThrowsError(try KerasArchive.decode(Array("not a zip".utf8), source: "bad.keras")) { error in
            XCTAssertTrue("\(error)".contains("bad.keras is not a .keras file: it is not a readable zip archive"), "\(error)")
        }
        XCTAssertThrowsError(try Sequential.load(from: "/nonexistent/m.keras")) { error in
            XCTAssertTrue("\(error)".contains("/nonexistent/m.keras: file not found"), "\(error)")
        }
        let model = Sequential([Dense(2, inputShape: [3])])
        let bytes = try KerasArchive.encode(model, source: "m.keras")
        let renamed = try rewriteConfig(bytes) { $0.replacingOccurrences(of: "\"class_name\":\"Dense\"", with: "\"class_name\":\"Dunse\"") }
        XCTAssertThrowsError(try KerasArchive.decode(renamed, source: "m.keras")) { error in
            XCTAssertTrue("\(error)".contains("m.keras: layer \"dense\" (Dunse): nbrun has no layer class \"Dunse\""), "\(error)")
        }
        let noWeights = try rewriteConfig(bytes, dropWeights: true) { $0 }
        XCTAssertThrowsError(try KerasArchive.decode(noWeights, source: "m.keras")) { error in
            XCTAssertTrue("\(error)".contains("m.keras is not a .keras file: it has no model.weights.h5 (members: metadata.json, config.json)"), "\(error)")
        }
        XCTAssertThrowsError(try KerasArchive.encode(Sequential([Dense(2)]), source: "u.keras")) { error in
            XCTAssertTrue("\(error)".contains("cannot be saved before it is built"), "\(error)")
        }
    }

    func testWeightsFileLoadsIntoAModelWithTheSameLayers() throws {
        let a = Sequential([Dense(3, inputShape: [2], name: "hidden"), Dense(1, name: "out")])
        let b = Sequential([Dense(3, inputShape: [2], name: "hidden"), Dense(1, name: "out")])
        try KerasArchive.loadWeightsImage(try KerasArchive.weightsImage(a, source: "w.weights.h5"), into: b, source: "w.weights.h5")
        XCTAssertEqual(a.getWeights(), b.getWeights())
        let c = Sequential([Dense(4, inputShape: [2], name: "hidden"), Dense(1, name: "out")])
        XCTAssertThrowsError(try KerasArchive.loadWeightsImage(try KerasArchive.weightsImage(a, source: "w.weights.h5"), into: c, source: "w.weights.h5")) { error in
            XCTAssertTrue("\(error)".contains("layer \"hidden\" weight \"kernel\" has shape (2, 4), the file holds shape (2, 3)"), "\(error)")
        }
    }

    /// The archive rebuilt with `config.json` edited (and, if asked, without its weights).
    func rewriteConfig(_ bytes: [UInt8], dropWeights: Bool = false, _ edit: (String) -> String) throws -> [UInt8] {
        var writer = ZipWriter()
        for entry in try ZipReader(bytes: bytes, source: "m.keras").entries() {
            let contents = try entry.contents()
            if entry.name == "config.json" {
                writer.addStored(name: entry.name, contents: Array(edit(String(decoding: contents, as: UTF8.self)).utf8))
            } else if !(dropWeights && entry.name == "model.weights.h5") {
                writer.addStored(name: entry.name, contents: contents)
            }
        }
        return try XCTUnwrap(writer.finish())
    }
}
