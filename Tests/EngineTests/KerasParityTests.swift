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
        XCTAssertEqual(Set(expected.keys), Set(optimizers.keys), "every recorded case has an optimizer here")
        for (name, keras) in expected.sorted(by: { $0.key < $1.key }) {
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
