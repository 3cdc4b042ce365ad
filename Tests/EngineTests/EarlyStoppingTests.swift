import XCTest
@testable import Engine

/// EarlyStopping on scripted sequences: the model's single weight is set to the epoch number
/// before each epoch end, so restored weights reveal which epoch was kept.
final class EarlyStoppingTests: XCTestCase {
    struct Outcome { let stoppedEpoch: Int; let epochsRun: Int; let restored: Float; let log: [String] }

    func run(_ es: EarlyStopping, _ values: [Float], monitor: String = "val_loss") throws -> Outcome {
        let model = Sequential([Dense(1, useBias: false, inputShape: [1])])
        var log: [String] = []
        let ctx = TrainingContext(model: model, epochs: values.count, stepsPerEpoch: 1, verbose: 1) { log.append($0) }
        model.stopTraining = false
        try es.onTrainBegin(ctx)
        var ran = 0
        for (epoch, v) in values.enumerated() {
            try model.setWeights([try Tensor([[Float(epoch + 1)]])])
            ran += 1
            var logs = Logs([(monitor, v), ("loss", 0)])
            try es.onEpochEnd(epoch, logs: &logs, ctx)
            if model.stopTraining { break }
        }
        try es.onTrainEnd(ctx)
        return Outcome(stoppedEpoch: es.stoppedEpoch, epochsRun: ran, restored: model.getWeights()[0].scalars[0], log: log)
    }

    func testStopsAfterPatienceAndRestoresBest() throws {
        let o = try run(EarlyStopping(patience: 2, restoreBestWeights: true, verbose: 1), [1.0, 0.8, 0.9, 0.85, 0.95, 0.7])
        XCTAssertEqual(o.stoppedEpoch, 4)
        XCTAssertEqual(o.epochsRun, 4)
        XCTAssertEqual(o.restored, 2)
        XCTAssertEqual(o.log, ["Epoch 4: early stopping", "Restoring model weights from the end of the best epoch: 2."])
    }

    func testPatienceZeroActsLikeOne() throws {
        let o = try run(EarlyStopping(), [1.0, 1.1, 0.5])
        XCTAssertEqual(o.stoppedEpoch, 2)
        XCTAssertEqual(o.restored, 2) // no restore requested: last weights stay
        XCTAssertEqual(o.log, [])
    }

    func testRestoresEvenWithoutStopping() throws {
        let o = try run(EarlyStopping(patience: 5, restoreBestWeights: true), [1.0, 0.5, 0.7])
        XCTAssertEqual(o.stoppedEpoch, 0)
        XCTAssertEqual(o.restored, 2)
    }

    func testMinDelta() throws {
        let o = try run(EarlyStopping(minDelta: 0.1, patience: 1), [1.0, 0.95, 0.5])
        XCTAssertEqual(o.stoppedEpoch, 2)
    }

    func testAccuracyIsMaximizedInAutoMode() throws {
        let o = try run(EarlyStopping(monitor: "val_accuracy", patience: 1, restoreBestWeights: true), [0.5, 0.7, 0.6, 0.9], monitor: "val_accuracy")
        XCTAssertEqual(o.stoppedEpoch, 3)
        XCTAssertEqual(o.restored, 2)
    }

    func testBaseline() throws {
        XCTAssertEqual(try run(EarlyStopping(patience: 2, baseline: 0.5), [0.9, 0.95, 0.96, 0.97]).stoppedEpoch, 2)
        XCTAssertEqual(try run(EarlyStopping(patience: 2), [0.9, 0.95, 0.96, 0.97]).stoppedEpoch, 3)
    }

    func testStartFromEpoch() throws {
        let o = try run(EarlyStopping(patience: 1, startFromEpoch: 2), [1.0, 2.0, 3.0, 4.0, 5.0])
        XCTAssertEqual(o.stoppedEpoch, 4)
    }

    func testInsideFit() throws {
        EngineRandom.seed(2)
        let x = try Tensor.randomNormal([40, 2], seed: 1)
        let y = try Tensor.randomNormal([40, 1], seed: 2)
        let model = Sequential([Dense(1, inputShape: [2])])
        try model.compile(optimizer: SGD(learningRate: 2.5), loss: .mse) // diverges: val_loss rises
        let es = EarlyStopping(monitor: "loss", patience: 1, restoreBestWeights: true, verbose: 1)
        let h = try model.fit(x, y, epochs: 20, batchSize: 8, callbacks: [es], verbose: 0, stopOnNaN: false)
        XCTAssertLessThan(h.epochs.count, 20)
        XCTAssertEqual(h.epochs.count, es.stoppedEpoch)
        XCTAssertEqual(h.stopReason, "early stopping")
        XCTAssertTrue(h.logLines.contains("Epoch \(es.stoppedEpoch): early stopping"))
    }
}
