import Engine
import Foundation
import XCTest

/// Loss per epoch against Keras 3 on JAX, recorded once by `Benchmarks/peers/keras_parity.py`
/// into `Fixtures/parity` (initial weights as .npy, losses as TSV): same weights, same batches.
final class KerasParityTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/parity")
    /// The issue's bar: within 0.1 % of Keras every epoch.
    static let tolerance = 0.001

    func testDenseModelLossesMatchKerasForEachOptimizer() throws {
        let expected = try Self.kerasLosses()
        let data = try FashionMNIST.load(limit: 6000)
        let x = try data.train.images.reshaped([6000, 784]) / 255
        let y = try toCategorical(data.train.labels, classes: 10)
        let initial = try (0..<4).map { try NPY.read(from: Self.fixtures.appendingPathComponent("dense_initial_\($0).npy").path) }
        let optimizers: [String: () -> Optimizer] = [
            "sgd": { SGD(learningRate: 0.05) },
            "sgd_momentum": { SGD(learningRate: 0.05, momentum: 0.9) },
            "sgd_nesterov": { SGD(learningRate: 0.05, momentum: 0.9, nesterov: true) },
            "adam": { Adam(learningRate: 0.001) },
        ]
        XCTAssertEqual(Set(expected.keys.filter { !$0.hasPrefix("conv") && !$0.hasPrefix("embedding") }), Set(optimizers.keys),
                       "every recorded dense case has an optimizer here")
        for (name, keras) in expected.sorted(by: { $0.key < $1.key }) where optimizers[name] != nil {
            let model = Sequential([Dense(64, activation: .relu, inputShape: [784]), Dense(10, activation: .softmax)])
            try model.build(inputShape: [784])
            try model.setWeights(initial)
            try model.compile(optimizer: try XCTUnwrap(optimizers[name])(), loss: .categoricalCrossentropy)
            let history = try model.fit(x, y, epochs: keras.count, batchSize: 100, shuffle: false, verbose: 0)
            let ours = try history["loss"].map(Double.init)
            for (epoch, (mine, theirs)) in zip(ours, keras).enumerated() {
                XCTAssertLessThan(abs(mine - theirs) / theirs, Self.tolerance,
                                  "\(name) epoch \(epoch + 1): nbrun \(mine), Keras \(theirs)")
            }
        }
    }

    func testConvnetLossesMatchKeras() throws {
        let data = try FashionMNIST.load(limit: 2000)
        let x = try data.train.images.reshaped([2000, 28, 28, 1]) / 255
        let y = try toCategorical(data.train.labels, classes: 10)
        let model = Sequential([Conv2D(8, kernelSize: 3, activation: .relu, inputShape: [28, 28, 1]), MaxPooling2D(poolSize: 2),
                                Flatten(), Dense(10, activation: .softmax)])
        try check(model, "conv", "conv_adam", x, y, optimizer: Adam(learningRate: 0.001), loss: .categoricalCrossentropy)
    }

    func testEmbeddingLossesMatchKeras() throws {
        // The reviews of keras_parity.py: hashed ids mod 1,000; a third end in five padding ids.
        var ids: [Float] = [], labels: [Float] = []
        for i in 0..<2000 {
            var odd = 0
            for j in 0..<20 {
                var id = ((i * 7919 + j * 104_729 + (i * j) % 1009) * 2_654_435_761) % 9998 + 2
                id %= 1000
                if j >= 15 && i % 3 == 0 { id = 0 }
                if j < 15 { odd += id % 2 }
                ids.append(Float(id))
            }
            labels.append(2 * odd > 15 ? 1 : 0)
        }
        let model = Sequential([Embedding(inputDim: 1000, outputDim: 8, maskZero: true, inputShape: [20]), GlobalAveragePooling1D(),
                                Dense(1, activation: .sigmoid)])
        try check(model, "embedding", "embedding_adam", Tensor(shape: [2000, 20], scalars: ids), Tensor(shape: [2000, 1], scalars: labels),
                  optimizer: Adam(learningRate: 0.01), loss: .binaryCrossentropy)
    }

    /// Loads `<weights>_initial_*.npy` into `model`, trains as the recording did and compares.
    private func check(_ model: Sequential, _ weights: String, _ name: String, _ x: Tensor, _ y: Tensor,
                       optimizer: Optimizer, loss: Loss, file: StaticString = #filePath, line: UInt = #line) throws {
        let keras = try XCTUnwrap(try Self.kerasLosses()[name], "no recorded losses for \(name)")
        let count = model.layers.reduce(0) { $0 + $1.parameters.count }
        let initial = try (0..<count).map { try NPY.read(from: Self.fixtures.appendingPathComponent("\(weights)_initial_\($0).npy").path) }
        try model.setWeights(initial)
        try model.compile(optimizer: optimizer, loss: loss)
        let ours = try model.fit(x, y, epochs: keras.count, batchSize: 100, shuffle: false, verbose: 0)["loss"].map(Double.init)
        XCTAssertEqual(ours.count, 5, file: file, line: line)
        for (epoch, (mine, theirs)) in zip(ours, keras).enumerated() {
            XCTAssertLessThan(abs(mine - theirs) / theirs, Self.tolerance, "\(name) epoch \(epoch + 1): nbrun \(mine), Keras \(theirs)", file: file, line: line)
        }
    }

    /// case → losses by epoch, from the recorded TSV.
    static func kerasLosses() throws -> [String: [Double]] {
        let text = try String(contentsOf: fixtures.appendingPathComponent("keras-losses.tsv"), encoding: .utf8)
        var losses: [String: [Double]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("case\t") {
            let fields = line.split(separator: "\t")
            guard fields.count == 3, let loss = Double(fields[2]) else { throw EngineError("bad parity row: \(line)") }
            losses[String(fields[0]), default: []].append(loss)
        }
        return losses
    }
}
