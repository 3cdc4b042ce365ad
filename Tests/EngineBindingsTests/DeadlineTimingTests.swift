import EngineBindings
import Interpreter
import XCTest

/// The cell's deadline stops engine work within about one safe-point interval of it.
final class DeadlineTimingTests: XCTestCase {
    /// Runs `source` under a `seconds` limit; returns the error and the wall time it took.
    func run(_ source: String, seconds: Double) -> (InterpreterError?, Double) {
        let session = Session(limits: Limits(seconds: seconds), seed: 1)
        EngineBindings.install(into: session, context: BindingContext(readableDirectories: [], emit: { _ in }))
        let start = ContinuousClock.now
        let result = session.run(CellSource(text: source))
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        if case .failure(let error) = result { return (error, seconds) }
        return (nil, seconds)
    }

    func testOneLongMatmulStopsNearTheDeadline() {
        // A 5000³ product takes seconds on one core; its row blocks take a fraction of one.
        let (error, seconds) = run("let a = Tensor.ones([5000, 5000])\nlet b = matmul(a, a)", seconds: 0.3)
        XCTAssertEqual(error?.kind, .limit)
        XCTAssertEqual(error?.line, 2)
        XCTAssertLessThan(seconds, 1.5, "stopped \(seconds) s after starting a cell limited to 0.3 s")
    }

    func testEndlessFitStopsNearTheDeadline() {
        let source = """
        let model = Sequential([Dense(8, activation: .relu, inputShape: [4]), Dense(1)])
        model.compile(optimizer: Adam(), loss: .mse)
        model.fit(Tensor.zeros([256, 4]), Tensor.zeros([256, 1]), epochs: 100_000_000, verbose: 0)
        """
        let (error, seconds) = run(source, seconds: 0.3)
        XCTAssertEqual(error?.kind, .limit)
        XCTAssertEqual(error?.line, 3)
        XCTAssertLessThan(seconds, 1.0)
    }
}
