import XCTest
@testable import Engine

final class MetricTests: XCTestCase {
    func value(_ m: Metric, pred: [Float], target: [Float], targetShape: [Int], outputShape: [Int]) -> Float {
        let kind = m.resolved(targetShape: targetShape, outputShape: outputShape)
        let s = MetricState(m, kind: kind)
        let cols = outputShape.last ?? 1
        XCTAssertNoThrow(try s.update(pred: pred, target: target, rows: pred.count / cols, cols: cols))
        return s.result
    }

    /// Expected values from Keras 3.15.1 on JAX: `keras.metrics.X(...).update_state(y_true, y_pred)`
    /// on these same arrays, then `result()`.
    func testCrossentropyAndTopKMetricsMatchKeras() {
        XCTAssertEqual(value(.binaryCrossentropy(fromLogits: true), pred: [2, -1, 0.5], target: [1, 0, 0], targetShape: [1], outputShape: [1]),
                       0.4714222, accuracy: 1e-6)
        XCTAssertEqual(value(.binaryCrossentropy(), pred: [0.9, 0.2, 0.6], target: [1, 0, 0], targetShape: [1], outputShape: [1]),
                       0.4149316, accuracy: 1e-6)
        XCTAssertEqual(value(.categoricalCrossentropy(), pred: [0.2, 0.7, 0.1, 0.5, 0.4, 0.1], target: [0, 1, 0, 0, 0, 1],
                             targetShape: [3], outputShape: [3]), 1.3296300, accuracy: 1e-6)
        XCTAssertEqual(value(.categoricalCrossentropy(fromLogits: true), pred: [1, 2, 0, 3, 0, -1], target: [0, 1, 0, 0, 0, 1],
                             targetShape: [3], outputShape: [3]), 2.2367451, accuracy: 1e-6)
        XCTAssertEqual(value(.sparseCategoricalCrossentropy(), pred: [0.2, 0.7, 0.1, 0.5, 0.4, 0.1], target: [1, 2],
                             targetShape: [], outputShape: [3]), 1.3296300, accuracy: 1e-6)
        let scores: [Float] = [0.1, 0.5, 0.3, 0.1, 0.2, 0.3, 0.4, 0.1, 0.4, 0.3, 0.2, 0.1]
        XCTAssertEqual(value(.topKCategoricalAccuracy(k: 2), pred: scores, target: [0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1],
                             targetShape: [4], outputShape: [4]), 1.0 / 3.0, accuracy: 1e-6)
        XCTAssertEqual(value(.sparseTopKCategoricalAccuracy(k: 1), pred: scores, target: [2, 0, 3], targetShape: [], outputShape: [4]), 0)
        XCTAssertEqual(value(.sparseTopKCategoricalAccuracy(k: 3), pred: scores, target: [2, 0, 3], targetShape: [], outputShape: [4]), 2.0 / 3.0, accuracy: 1e-6)
        XCTAssertEqual(Metric.binaryCrossentropy(fromLogits: true).name, "binary_crossentropy")
        XCTAssertEqual(try Metric.named("top_k_categorical_accuracy").name, "top_k_categorical_accuracy")
    }

    func testCrossentropyMetricLeavesOutTheWeightPenalty() throws {
        // The loss carries the L2 penalty; the metric of the same name does not (the overfitting
        // tutorial's comparison depends on it).
        let model = Sequential([Dense(1, kernelRegularizer: .l2(0.1), inputShape: [2])])
        try model.build(inputShape: [2])
        try model.setWeights([try Tensor([[1], [2]]), Tensor([0])])
        try model.compile(optimizer: SGD(learningRate: 0), loss: .binaryCrossentropy(fromLogits: true),
                          metrics: [.binaryCrossentropy(fromLogits: true)])
        let x = try Tensor([[1, 0], [0, 1]]), y = try Tensor([[1], [0]])
        let history = try model.fit(x, y, epochs: 1, batchSize: 2, verbose: 0)
        let loss = try history["loss"][0], metric = try history["binary_crossentropy"][0]
        XCTAssertEqual(Double(loss - metric), 0.1 * 5, accuracy: 1e-5)
        // mean of softplus(−1) and softplus(2)
        XCTAssertEqual(Double(metric), (log(1 + exp(-1.0)) + log(1 + exp(2.0))) / 2, accuracy: 1e-5)
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
