import Engine
import Foundation
import XCTest

/// A `.keras` file Keras 3.15.1 wrote (Benchmarks/peers/keras_saved_fixture.py) loads with its
/// architecture, weights and compile settings, and predicts what Keras printed for it.
final class KerasFileFixtureTests: XCTestCase {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/keras/small-convnet.keras").path

    func testKerasWrittenFileLoadsAndPredictsAsKerasDid() throws {
        let model = try Sequential.load(from: Self.file)
        XCTAssertEqual(model.name, "keras_small")
        XCTAssertEqual(model.layers.map(\.typeName), ["Conv2D", "BatchNormalization", "MaxPooling2D", "Flatten", "Dropout", "Dense"])
        XCTAssertEqual(model.countParams, 20 + 8 + 57)
        XCTAssertEqual((model.optimizer as? RMSprop)?.learningRate, 0.002)
        XCTAssertEqual(model.loss, .categoricalCrossentropy)
        XCTAssertEqual(model.metrics.map(\.name), ["accuracy"])
        let x = Tensor(shape: [2, 6, 6, 1], scalars: (0..<72).map { Float(sin(0.37 * Double($0) + 0.1)) })
        let keras: [Float] = [0.38177669048309326, 0.2910408675670624, 0.32718250155448914,
                              0.3999234139919281, 0.3133572041988373, 0.28671929240226746]
        for (a, b) in zip(try model.predict(x).scalars, keras) { XCTAssertEqual(a, b, accuracy: 1e-6) }
    }
}
