import XCTest
@testable import Engine

final class CallbackAndLogTests: XCTestCase {
    func data() throws -> (Tensor, Tensor) {
        let x = try Tensor.randomNormal([100, 4], seed: 1)
        let y = Tensor(shape: [100], scalars: (0..<100).map { Float($0 % 3) })
        return (x, y)
    }

    func testProgressCallbackStreamsAndCanStop() throws {
        EngineRandom.seed(1)
        let (x, y) = try data()
        let model = Sequential([Dense(3, activation: .softmax, inputShape: [4])])
        try model.compile(optimizer: SGD(), loss: .sparseCategoricalCrossentropy, metrics: [.accuracy])
        var batches: [ProgressCallback.BatchEvent] = []
        var epochs: [ProgressCallback.EpochEvent] = []
        let progress = ProgressCallback(
            onBatch: { e in
                batches.append(e)
                return e.epoch == 2 && e.step == 3 ? .stop(reason: "time limit of 1 s reached") : .proceed
            },
            onEpoch: { e in epochs.append(e); return .proceed })
        let h = try model.fit(x, y, epochs: 5, batchSize: 10, callbacks: [progress], verbose: 0)
        XCTAssertEqual(batches.count, 13)
        XCTAssertEqual(batches.first?.steps, 10)
        XCTAssertEqual(batches.first?.epochs, 5)
        XCTAssertEqual(batches.first?.logs.keys, ["accuracy", "loss"])
        XCTAssertEqual(epochs.map(\.epoch), [1, 2])
        XCTAssertEqual(h.epochs.map(\.steps), [10, 3])
        XCTAssertEqual(h.stopReason, "time limit of 1 s reached")
        XCTAssertEqual(try h["loss"].count, 2)
    }

    func testLogLineFormats() {
        let logs = Logs([("loss", 2.334), ("accuracy", 0.11311), ("val_loss", 0.00012)])
        XCTAssertEqual(FitLog.valuesText(logs), " - accuracy: 0.1131 - loss: 2.3340 - val_loss: 1.2000e-04")
        XCTAssertEqual(FitLog.verbose2Line(steps: 150, seconds: 0.9, logs: Logs([("loss", 2.334)])),
                       "150/150 - 1s - 6ms/step - loss: 2.3340")
        XCTAssertEqual(FitLog.progressBarLine(step: 150, steps: 150, seconds: 0.3, logs: Logs([("loss", 2.334)])),
                       "150/150 ━━━━━━━━━━━━━━━━━━━━ 0s 2ms/step - loss: 2.3340")
        XCTAssertEqual(FitLog.keras2Line(steps: 1875, seconds: 3.2, orderedValues: [("loss", 0.295), ("accuracy", 0.916)]),
                       "1875/1875 [==============================] - 3s 2ms/step - loss: 0.2950 - accuracy: 0.9160")
        XCTAssertEqual(FitLog.perStep(2.5), "2s/step")
        XCTAssertEqual(FitLog.perStep(0.0004), "400us/step")
        XCTAssertEqual(FitLog.epochHeader(1, 5), "Epoch 1/5")
    }

    func testModelHelpersAndErrors() throws {
        let model = Sequential([Input(shape: [4]), Dense(8), LeakyReLU(), Dense(2, name: "out")])
        XCTAssertEqual(model.layers.map(\.name), ["dense", "leaky_re_lu", "out"])
        XCTAssertEqual(try model.layer(named: "out").countParams, 18)
        XCTAssertThrowsError(try model.layer(named: "nope")) { e in XCTAssertTrue("\(e)".contains("dense, leaky_re_lu, out")) }
        XCTAssertThrowsError(try model.evaluate(try Tensor.zeros([2, 4]), try Tensor.zeros([2, 2]))) { e in
            XCTAssertTrue("\(e)".contains("compile"), "\(e)")
        }
        XCTAssertThrowsError(try model.setWeights([])) { e in XCTAssertTrue("\(e)".contains("expects 4")) }
        XCTAssertThrowsError(try Sequential([Dense(0, inputShape: [3])]).summary()) { e in
            XCTAssertTrue("\(e)".contains("\"dense\"") && "\(e)".contains("units"), "\(e)")
        }
        XCTAssertThrowsError(try Loss.named("hinge"))
        XCTAssertEqual(try Activation.named("leaky_relu"), .leakyRelu)
    }
}
