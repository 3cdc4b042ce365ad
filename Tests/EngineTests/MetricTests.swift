import XCTest
@testable import Engine

final class MetricTests: XCTestCase {
    func value(_ m: Metric, pred: [Float], target: [Float], targetShape: [Int], outputShape: [Int]) -> Float {
        let kind = m.resolved(targetShape: targetShape, outputShape: outputShape)
        let s = MetricState(name: m.name, kind: kind)
        let cols = outputShape.last ?? 1
        s.update(pred: pred, target: target, rows: pred.count / cols, cols: cols)
        return s.result
    }

    func testAccuracyResolvesByShapes() {
        XCTAssertEqual(Metric.accuracy.resolved(targetShape: [1], outputShape: [1]), .binaryAccuracy)
        XCTAssertEqual(Metric.accuracy.resolved(targetShape: [], outputShape: [10]), .sparseCategoricalAccuracy)
        XCTAssertEqual(Metric.accuracy.resolved(targetShape: [1], outputShape: [10]), .sparseCategoricalAccuracy)
        XCTAssertEqual(Metric.accuracy.resolved(targetShape: [10], outputShape: [10]), .categoricalAccuracy)
    }

    func testAccuracyValues() {
        // Binary: strictly above 0.5 counts as 1.
        XCTAssertEqual(value(.accuracy, pred: [0.5, 0.6, 0.2, 0.9], target: [1, 1, 0, 0], targetShape: [1], outputShape: [1]), 0.5)
        XCTAssertEqual(value(.accuracy, pred: [0.1, 0.9, 0.8, 0.2], target: [1, 0], targetShape: [], outputShape: [2]), 1)
        XCTAssertEqual(value(.accuracy, pred: [0.1, 0.9, 0.8, 0.2], target: [0, 1, 0, 1], targetShape: [2], outputShape: [2]), 0.5)
    }

    func testPrecisionRecallAUC() {
        let pred: [Float] = [0.9, 0.8, 0.4, 0.3, 0.6, 0.1], target: [Float] = [1, 1, 1, 0, 0, 0]
        XCTAssertEqual(value(.precision, pred: pred, target: target, targetShape: [1], outputShape: [1]), 2.0 / 3.0, accuracy: 1e-6)
        XCTAssertEqual(value(.recall, pred: pred, target: target, targetShape: [1], outputShape: [1]), 2.0 / 3.0, accuracy: 1e-6)
        // Exact ROC AUC is 8/9; Keras's 200-threshold trapezoids give the same here.
        XCTAssertEqual(value(.auc, pred: pred, target: target, targetShape: [1], outputShape: [1]), 8.0 / 9.0, accuracy: 1e-3)
        XCTAssertEqual(value(.auc, pred: [0.1, 0.9], target: [0, 1], targetShape: [1], outputShape: [1]), 1, accuracy: 1e-6)
    }

    func testRegressionMetrics() {
        XCTAssertEqual(value(.mse, pred: [1, 2, 3, 4], target: [0, 0, 0, 0], targetShape: [2], outputShape: [2]), 7.5)
        XCTAssertEqual(value(.mae, pred: [1, -2, 3, 4], target: [0, 0, 0, 0], targetShape: [2], outputShape: [2]), 2.5)
    }

    func testMetricsInFitAndEvaluate() throws {
        EngineRandom.seed(4)
        let x = try Tensor.randomNormal([64, 3], seed: 3)
        let y = Tensor(shape: [64, 1], scalars: x.scalars.enumerated().filter { $0.offset % 3 == 0 }.map { $0.element > 0 ? 1 : 0 })
        let model = Sequential([Dense(1, activation: .sigmoid, inputShape: [3])])
        try model.compile(optimizer: Adam(learningRate: 0.05), loss: .binaryCrossentropy, metrics: [.accuracy, .precision, .recall, .auc, .mse])
        let h = try model.fit(x, y, epochs: 30, batchSize: 16, validationSplit: 0.25, verbose: 0)
        XCTAssertEqual(h.keys, ["accuracy", "auc", "loss", "mse", "precision", "recall",
                                "val_accuracy", "val_auc", "val_loss", "val_mse", "val_precision", "val_recall"])
        let e = try model.evaluate(x, y)
        XCTAssertEqual(e.names, ["loss", "accuracy", "precision", "recall", "auc", "mse"])
        XCTAssertGreaterThan(try e["auc"], 0.9)
        XCTAssertGreaterThan(try e["accuracy"], 0.85)
        XCTAssertThrowsError(try e["f1"]) { err in XCTAssertTrue("\(err)".contains("auc")) }
    }
}
