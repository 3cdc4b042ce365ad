import Interpreter
import XCTest

/// `check` and `run` agree on every conformance case: a case that `run` stops before running
/// (a syntax error, an unsupported construct, an unknown name) gets exactly that first error
/// from `check`, and a case that compiles gets no error from `check`.
final class CheckRunAgreementTests: XCTestCase {
    func testCheckAndRunAgreeOnEveryConformanceCase() throws {
        let cases = ConformanceTests.loadCases()
        if cases.isEmpty { throw XCTSkip("no conformance cases found") }
        var disagreements: [String] = []
        for c in cases {
            let cells = c.cells.map { CellSource(text: $0.text, path: c.relativePath, firstLine: $0.firstLine) }
            let runSession = Session(limits: Limits(steps: c.steps, seconds: 20), seed: 0)
            runSession.output = ConformanceTests.Capture()
            let checkSession = Session(limits: Limits(steps: c.steps, seconds: 20), seed: 0)
            for cell in cells {
                let found = checkSession.check(cell)
                let result = runSession.run(cell)
                var stoppedBeforeRunning: InterpreterError?
                if case .failure(let e) = result, e.stage != .run { stoppedBeforeRunning = e }
                switch (stoppedBeforeRunning, found.first) {
                case (nil, nil): break
                case (let e?, let f?) where e.line == f.line && e.column == f.column && e.message == f.message: break
                case (let e?, let f):
                    disagreements.append("\(c.relativePath): run stopped before running with \(e.line):\(e.column): \(e.message); check found \(f.map { "\($0.line):\($0.column): \($0.message)" } ?? "nothing")")
                case (nil, let f?):
                    disagreements.append("\(c.relativePath): check found \(f.line):\(f.column): \(f.message); run compiled the cell")
                }
                // After a failure the two sessions know different names: later cells prove nothing.
                if case .failure = result { break }
            }
        }
        XCTAssert(disagreements.isEmpty, "\(disagreements.count) of \(cases.count) cases: check and run disagree\n" + disagreements.joined(separator: "\n"))
    }
}
