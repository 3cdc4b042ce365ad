import Foundation
import Grader
import Interpreter
import XCTest

/// `check`/`checkEqual` in normal runs, their comparison rules, and the grader's sandbox knobs.
final class GradingBuiltinsTests: XCTestCase {
    func run(_ source: String, in session: Session? = nil) -> CellResult {
        let session = session ?? {
            let s = Session(limits: GraderFixtures.limits, seed: 1)
            GradingBuiltins.install(into: s)
            return s
        }()
        return session.run(CellSource(text: source, path: "nb.md", firstLine: 10))
    }

    func failure(_ source: String) -> InterpreterError? {
        if case .failure(let error) = run(source) { return error }
        return nil
    }

    func testFailingCheckStopsTheCellAtItsLineInNormalRuns() {
        let error = failure("let x = 1\ncheck(x == 1)\ncheck(x == 2, \"x should be 2\")\ncheck(false, \"not reached\")")
        XCTAssertEqual(error?.message, "x should be 2")
        XCTAssertEqual(error?.line, 12)
        XCTAssertEqual(failure("check(1 > 2)")?.message, "a check failed")
        XCTAssertTrue(failure("check(1)")?.message.contains("needs a Bool") == true)
    }

    func testCheckEqualComparisons() {
        let passing = [
            "checkEqual(0.1 + 0.2, 0.3)",
            "checkEqual(2.0, 2)",
            "checkEqual([1.0, 2.0], [1, 2])",
            "checkEqual(1.0, 1.05, tolerance: 0.1)",
            "checkEqual(1.0, 1.05, tolerance: 0.1, \"close enough\")",
            "let o: Double? = 3.0\ncheckEqual(o, 3)",
            "checkEqual(\"a\", \"a\", \"strings\")",
            "checkEqual((1, 2.0), (1, 2.0))",
            "checkEqual([\"a\": 1], [\"a\": 1])",
        ]
        for source in passing { XCTAssertNil(failure(source), source) }
        XCTAssertEqual(failure("checkEqual(1.0, 1.2, tolerance: 0.1)")?.message, "expected 1.2, got 1.0 (tolerance 0.1)")
        XCTAssertEqual(failure("checkEqual([1, 2], [1, 2, 3])")?.message, "expected [1, 2, 3], got [1, 2]")
        XCTAssertEqual(failure("checkEqual(Double.nan, 0, \"nan\")")?.message, "nan")
        XCTAssertEqual(failure("let o: Double? = nil\ncheckEqual(o, 0, \"nil is not 0\")")?.message, "nil is not 0")
        XCTAssertEqual(failure("checkEqual(\"a\", \"b\")")?.message, "expected \"b\", got \"a\"")
        XCTAssertTrue(failure("checkEqual(1, 1, tolerance: -1)")?.message.contains("tolerance") == true)
    }

    func testGraderWorksWhenTheFactoryAlreadyInstalledTheBuiltins() throws {
        let grader = try Grader(key: GraderFixtures.key(), limits: GraderFixtures.limits) {
            let session = GraderFixtures.makeSession()
            GradingBuiltins.install(into: session)  // as the runner's normal setup does
            return session
        }
        let wrong = try GraderFixtures.text(GraderFixtures.submissionsDirectory.appendingPathComponent("wrong.md"))
        let report = grader.grade(text: wrong, path: "wrong.md")
        XCTAssertEqual(report.score, 1)
        XCTAssertEqual(report.exercises[0].tests.map(\.outcome), [.failed, .failed])
        XCTAssertEqual(report.exercises[0].tests[0].message, "relu(-1) should be 0")
    }

    func testEngineTypesTheTestsUseAreProtectedWithoutHostNames() throws {
        let grader = try Grader(key: GraderFixtures.key(), limits: GraderFixtures.limits, makeSession: GraderFixtures.makeSession)
        let url = GraderFixtures.submissionsDirectory.appendingPathComponent("cheat-fake-sequential.md")
        let report = grader.grade(text: try GraderFixtures.text(url), path: "fake.md")
        XCTAssertEqual(report.exercises[3].status, .error)
        XCTAssertTrue(report.exercises[3].reason?.contains("'Sequential' is provided by the notebook") == true)
    }

    func testHiddenChecksDoNotRevealExpectedValues() throws {
        let key = try GradingKey(text: """
        ```swift exercise=a
        let a = 1
        ```
        ```swift test=a hidden
        checkEqual(a, 42)
        ```
        ```swift test=a
        checkEqual(a, 42)
        ```
        """, path: "k.md")
        let grader = Grader(key: key, limits: GraderFixtures.limits, makeSession: GraderFixtures.makeSession)
        let report = grader.grade(text: "```swift exercise=a\nlet a = 1\n```\n", path: "s.md")
        XCTAssertEqual(report.exercises[0].tests.map(\.message),
                       ["a hidden check found a value different from the expected one", "expected 42, got 1"])
    }

    func testSubmissionTimeBudgetStopsLaterCells() throws {
        let slow = Limits(steps: 1 << 60, seconds: 0.3, recursionDepth: 200, memoryBytes: 1 << 20)
        let key = try GradingKey(text: "```swift exercise=a\nlet a = 1\n```\n```swift test=a\ncheck(a == 1)\n```\n", path: "k.md")
        let grader = Grader(key: key, limits: slow, submissionSeconds: 0.5, makeSession: GraderFixtures.makeSession)
        let text = "```swift\nwhile true {}\n```\n```swift\nwhile true {}\n```\n```swift exercise=a\nlet a = 1\n```\n"
        let report = grader.grade(text: text, path: "s.md")
        XCTAssertEqual(report.cellErrors.map(\.kind), ["limit", "limit"])
        XCTAssertEqual(report.exercises[0].status, .error)
        XCTAssertTrue(report.exercises[0].reason?.contains("time budget") == true, report.exercises[0].reason ?? "")
        XCTAssertTrue(report.notes.contains { $0.contains("budget") }, "\(report.notes)")
    }
}
