import XCTest
@testable import Engine

/// Each optimizer's first three steps on one weight (w₀ = 1, gradients 0.5, −0.3, 0.2) against
/// values computed independently (Python, float64) from Keras 3's update rules.
final class OptimizerTests: XCTestCase {
    func steps(_ opt: Optimizer) throws -> [Float] {
        let p = try Parameter(name: "w", shape: [1], values: [1])
        return try ([0.5, -0.3, 0.2] as [Float]).map { g in
            p.grad[0] = g
            try opt.apply([p])
            return p.value[0]
        }
    }

    func check(_ opt: Optimizer, _ expected: [Double], file: StaticString = #filePath, line: UInt = #line) {
        guard let values = try? steps(opt) else { return XCTFail("\(opt.typeName) failed to step", file: file, line: line) }
        for (a, e) in zip(values, expected) { XCTAssertEqual(Double(a), e, accuracy: 2e-7, "\(opt.typeName)", file: file, line: line) }
        XCTAssertEqual(opt.iterations, 3, file: file, line: line)
    }

    func testSGD() {
        check(SGD(learningRate: 0.1), [0.95, 0.98, 0.96])
        check(SGD(learningRate: 0.1, momentum: 0.9), [0.95, 0.935, 0.9015])
        check(SGD(learningRate: 0.1, momentum: 0.9, nesterov: true), [0.905, 0.9215, 0.87135])
    }

    func testRMSprop() { check(RMSprop(), [0.996837729, 0.998528034, 0.997416067]) }
    func testAdam() { check(Adam(), [0.999000006, 0.998808509, 0.998461083]) }
    func testAdagrad() { check(Adagrad(), [0.999154846, 0.999607113, 0.999318438]) }
    func testAdadelta() { check(Adadelta(), [0.999998586, 0.999999634, 0.999998880]) }
    func testAdamax() { check(Adamax(), [0.999, 0.998841947, 0.998594220]) }

    func testDefaults() {
        XCTAssertEqual(SGD().learningRate, 0.01)
        XCTAssertEqual(RMSprop().learningRate, 0.001)
        XCTAssertEqual(RMSprop().rho, 0.9)
        XCTAssertEqual(Adam().beta2, 0.999)
        XCTAssertEqual(Adagrad().initialAccumulatorValue, 0.1)
        XCTAssertEqual(Adadelta().rho, 0.95)
    }

    func testExponentialDecaySchedule() throws {
        let s = ExponentialDecay(initialLearningRate: 0.1, decaySteps: 10, decayRate: 0.5)
        XCTAssertEqual(s.rate(atStep: 0), 0.1)
        XCTAssertEqual(s.rate(atStep: 10), 0.05, accuracy: 1e-7)
        XCTAssertEqual(s.rate(atStep: 5), 0.1 * Float(0.5).squareRoot(), accuracy: 1e-7)
        let st = ExponentialDecay(initialLearningRate: 0.1, decaySteps: 10, decayRate: 0.5, staircase: true)
        XCTAssertEqual(st.rate(atStep: 19), 0.05, accuracy: 1e-7)
        // The optimizer evaluates the schedule at the step count before the update.
        let opt = SGD()
        opt.schedule = ExponentialDecay(initialLearningRate: 1, decaySteps: 1, decayRate: 0.5)
        for (a, e) in zip(try steps(opt), [0.5, 0.65, 0.6] as [Float]) { XCTAssertEqual(a, e, accuracy: 1e-6) }
    }

    func testBadHyperParametersThrow() {
        XCTAssertThrowsError(try SGD(learningRate: -1).validate()) { e in XCTAssertTrue("\(e)".contains("SGD")) }
        XCTAssertThrowsError(try SGD(momentum: 2).validate())
    }
}
