import Engine
import XCTest

/// Callbacks that steer training, against Keras 3.15.1 (JAX) runs of the same setups: a model whose
/// loss cannot move (x = 0, no bias, mae against 1), so every epoch is a plateau.
final class TrainingCallbackTests: XCTestCase {
    func plateauModel(rate: Float = 0.1) throws -> Sequential {
        let model = Sequential([Dense(1, useBias: false, inputShape: [1])])
        try model.compile(optimizer: SGD(learningRate: rate), loss: .mae)
        return model
    }
    let x = try! Tensor([[0]]), y = try! Tensor([[1]])

    func testReduceLROnPlateauReducesAfterPatienceThenCoolsDown() throws {
        // Keras: reductions in epochs 3, 5, 7; learning_rate logged before each reduction.
        let model = try plateauModel()
        let callback = try ReduceLROnPlateau(monitor: "loss", factor: 0.5, patience: 2, cooldown: 1, verbose: 1)
        let history = try model.fit(x, y, epochs: 7, batchSize: 1, callbacks: [callback], verbose: 0)
        XCTAssertEqual(try history["learning_rate"].map(Double.init), [0.1, 0.1, 0.1, 0.05, 0.05, 0.025, 0.025].map { Double(Float($0)) })
        let messages = history.logLines.filter { $0.contains("ReduceLROnPlateau") }
        XCTAssertEqual(messages, [
            "Epoch 3: ReduceLROnPlateau reducing learning rate to 0.05000000074505806.",
            "Epoch 5: ReduceLROnPlateau reducing learning rate to 0.02500000037252903.",
            "Epoch 7: ReduceLROnPlateau reducing learning rate to 0.012500000186264515.",
        ])
        // The epoch line shows the logged rate, as Keras's does.
        XCTAssertTrue(history.logLines.contains { $0.hasSuffix("loss: 1.0000 - learning_rate: 0.1000") }, "\(history.logLines)")
        XCTAssertThrowsError(try ReduceLROnPlateau(factor: 1))
    }

    func testLearningRateSchedulerSetsTheRateEachEpoch() throws {
        let model = try plateauModel()
        let callback = LearningRateScheduler(schedule: { epoch, rate in epoch > 0 ? rate * 0.5 : rate }, verbose: 1)
        let history = try model.fit(x, y, epochs: 3, batchSize: 1, callbacks: [callback], verbose: 0)
        XCTAssertEqual(try history["learning_rate"], [0.1, 0.05, 0.025])
        XCTAssertEqual(Array(history.logLines.prefix(2)), ["Epoch 1: LearningRateScheduler setting learning rate to 0.10000000149011612.", "Epoch 1/3"])
        // A schedule-driven optimizer's rate is not settable (Keras raises too).
        let scheduled = Sequential([Dense(1, useBias: false, inputShape: [1])])
        let sgd = SGD()
        sgd.schedule = InverseTimeDecay(initialLearningRate: 0.1, decaySteps: 1, decayRate: 1)
        try scheduled.compile(optimizer: sgd, loss: .mae)
        XCTAssertThrowsError(try scheduled.fit(x, y, epochs: 1, callbacks: [callback], verbose: 0)) { error in
            XCTAssertTrue("\(error)".contains("not settable"), "\(error)")
        }
    }

    func testMissingMonitorWarnsOnceEvenWhenQuiet() throws {
        let model = try plateauModel()
        let early = EarlyStopping(monitor: "val_binary_crossentropy", patience: 1)
        let history = try model.fit(x, y, epochs: 3, batchSize: 1, callbacks: [early], verbose: 0)
        XCTAssertEqual(history.warnings, ["Early stopping conditioned on metric `val_binary_crossentropy` which is not available. Available metrics are: loss"])
        XCTAssertEqual(early.stoppedEpoch, 0)
    }

    func testLambdaCallbackAndCheckpointSeeEveryEpoch() throws {
        let model = Sequential([Dense(1, inputShape: [1])])
        try model.compile(optimizer: SGD(learningRate: 0.1), loss: .mse)
        var seen: [String] = []
        var saved: [(String, Float)] = []
        let lambda = LambdaCallback(onTrainBegin: { seen.append("begin") }, onEpochEnd: { epoch, logs in
            seen.append("epoch \(epoch) loss \(logs["loss"] != nil)")
        })
        let checkpoint = ModelCheckpoint(filepath: "w-{epoch:02d}.weights.h5", monitor: "loss", saveBestOnly: true) { path, model in
            saved.append((path, model.getWeights()[0].scalars[0]))
        }
        _ = try model.fit(try Tensor([[1], [2]]), try Tensor([[2], [4]]), epochs: 3, batchSize: 2, shuffle: false,
                          callbacks: [lambda, checkpoint], verbose: 0)
        XCTAssertEqual(seen, ["begin", "epoch 0 loss true", "epoch 1 loss true", "epoch 2 loss true"])
        // The loss falls every epoch, so every epoch is a new best.
        XCTAssertEqual(saved.map(\.0), ["w-01.weights.h5", "w-02.weights.h5", "w-03.weights.h5"])
        XCTAssertEqual(saved.last?.1, model.getWeights()[0].scalars[0])
    }
}
