import XCTest
@testable import Engine

/// `evaluate`'s closing line, as Keras 3 prints it at verbose=1 without the times.
final class EvaluationLogTests: XCTestCase {
    func testLogLineCountsBatchesAndListsValuesByName() throws {
        let model = Sequential([Dense(1, activation: .sigmoid, kernelInitializer: .ones, inputShape: [1])])
        try model.compile(optimizer: SGD(), loss: .binaryCrossentropy, metrics: [.accuracy])
        let x = Tensor(shape: [5, 1], scalars: [-2, -1, 1, 2, 3]), y = Tensor(shape: [5, 1], scalars: [0, 1, 1, 1, 1])
        let result = try model.evaluate(x, y, batchSize: 2)
        XCTAssertEqual(result.steps, 3)
        XCTAssertEqual(result.logLine, String(format: "3/3 - accuracy: 0.8000 - loss: %.4f", Double(result.loss)))
    }
}
