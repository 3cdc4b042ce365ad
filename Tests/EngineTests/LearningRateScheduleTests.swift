import Engine
import XCTest

/// Schedule values against Keras 3.15.1 (JAX): `keras.optimizers.schedules.X(...)(step)` at these steps.
final class LearningRateScheduleTests: XCTestCase {
    static let steps = [0, 5, 10, 15, 20, 25, 60, 110, 200]

    func check(_ schedule: LearningRateSchedule, _ keras: [Float], file: StaticString = #filePath, line: UInt = #line) {
        for (step, expected) in zip(Self.steps, keras) {
            XCTAssertEqual(schedule.rate(atStep: step), expected, accuracy: 2e-7, "step \(step)", file: file, line: line)
        }
    }

    func testSchedulesMatchKeras() throws {
        check(InverseTimeDecay(initialLearningRate: 0.1, decaySteps: 10, decayRate: 0.5),
              [0.1, 0.08, 0.0666667, 0.0571429, 0.05, 0.0444444, 0.025, 0.0153846, 0.0090909])
        check(InverseTimeDecay(initialLearningRate: 0.1, decaySteps: 10, decayRate: 0.5, staircase: true),
              [0.1, 0.1, 0.0666667, 0.0666667, 0.05, 0.05, 0.025, 0.0153846, 0.0090909])
        check(try PiecewiseConstantDecay(boundaries: [10, 20], values: [1.0, 0.5, 0.1]), [1.0, 1.0, 1.0, 0.5, 0.5, 0.1, 0.1, 0.1, 0.1])
        check(CosineDecay(initialLearningRate: 0.1, decaySteps: 100, alpha: 0.1),
              [0.1, 0.099446, 0.0977975, 0.0950953, 0.0914058, 0.0868198, 0.0410942, 0.01, 0.01])
        check(CosineDecay(initialLearningRate: 0, decaySteps: 100, warmupTarget: 0.2, warmupSteps: 10),
              [0.0, 0.1, 0.2, 0.1987688, 0.1951057, 0.1891007, 0.1, 0.0, 0.0])
        check(ExponentialDecay(initialLearningRate: 0.1, decaySteps: 10, decayRate: 0.9),
              [0.1, 0.0948683, 0.09, 0.0853815, 0.081, 0.0768433, 0.0531441, 0.0313811, 0.0121577])
    }

    func testPiecewiseRejectsMismatchedValues() {
        XCTAssertThrowsError(try PiecewiseConstantDecay(boundaries: [10], values: [1])) { error in
            XCTAssertTrue("\(error)".contains("one more element than boundaries"), "\(error)")
        }
        XCTAssertThrowsError(try PiecewiseConstantDecay(boundaries: [10, 5], values: [1, 2, 3]))
    }

    func testOptimizerUsesTheScheduleAtEachStep() throws {
        // Plain SGD on w with gradient 1: each step subtracts the scheduled rate for that step.
        let model = Sequential([Dense(1, useBias: false, kernelInitializer: .zeros, inputShape: [1])])
        let sgd = SGD()
        sgd.schedule = try PiecewiseConstantDecay(boundaries: [1], values: [1, 0.5])
        try model.compile(optimizer: sgd, loss: .mae)
        // mae gradient wrt w for x = 1, target 10 (w below it): −1, so w += rate.
        _ = try model.fit(try Tensor([[1]]), try Tensor([[10]]), epochs: 3, batchSize: 1, shuffle: false, verbose: 0)
        XCTAssertEqual(model.getWeights()[0].scalars, [2.5]) // steps 0 and 1 at rate 1, step 2 at 0.5
        XCTAssertEqual(sgd.iterations, 3)
    }
}
