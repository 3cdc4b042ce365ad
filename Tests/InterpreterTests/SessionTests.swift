import Interpreter
import XCTest

/// Collects what a session prints and displays.
final class Recorder: InterpreterOutput {
    var text = ""
    var shown: [Value] = []
    func write(_ s: String) { text += s }
    func display(_ value: Value) { shown.append(value) }
}

/// Session behaviour across cells: display, redeclaration, randomness, limits, errors.
final class SessionTests: XCTestCase {
    func run(_ s: Session, _ text: String, line: Int = 1) -> CellResult {
        s.run(CellSource(text: text, path: "nb.md", firstLine: line))
    }

    func testLastExpressionIsDisplayed() {
        let s = Session()
        let out = Recorder()
        s.output = out
        guard case .success(let v) = run(s, "let x = 20\nx + 22") else { return XCTFail("cell failed") }
        XCTAssertEqual(v, .int(42))
        XCTAssertEqual(out.shown, [.int(42)])
        guard case .success(let none) = run(s, "print(x)") else { return XCTFail("cell failed") }
        XCTAssertNil(none)
        XCTAssertEqual(out.text, "20\n")
        XCTAssertEqual(s.debugDescribe(.string("a\"b")), "\"a\\\"b\"")
    }

    func testLaterCellsSeeAndRedeclareGlobals() {
        let s = Session()
        let out = Recorder()
        s.output = out
        _ = run(s, "var total = 1\nfunc twice(_ n: Int) -> Int { n * 2 }")
        _ = run(s, "total += twice(total)\nprint(total)")
        _ = run(s, "let total = \"now a string\"\nprint(total)")
        _ = run(s, "func twice(_ n: Int) -> Int { n * 3 }\nprint(twice(2))")
        XCTAssertEqual(out.text, "3\nnow a string\n6\n")
    }

    func testRandomIsDeterministicPerSeed() {
        func draw(_ seed: UInt64) -> String {
            let s = Session(seed: seed)
            let out = Recorder()
            s.output = out
            _ = run(s, "print(Int.random(in: 0..<1000), Double.random(in: 0..<1), [1, 2, 3, 4, 5].shuffled())")
            return out.text
        }
        XCTAssertEqual(draw(7), draw(7))
        XCTAssertNotEqual(draw(7), draw(8))
    }

    func testErrorsCarryNotebookLocationAndCaret() {
        let s = Session()
        guard case .failure(let e) = run(s, "let a = [1, 2]\nprint(a[5])", line: 10) else { return XCTFail("expected failure") }
        XCTAssertEqual(e.kind, .runtime)
        XCTAssertEqual(e.line, 11)
        XCTAssertEqual(e.message, "Fatal error: Index out of range")
        XCTAssertTrue(e.rendered.hasPrefix("nb.md:11:7: error: Fatal error: Index out of range\nprint(a[5])\n      ^"), e.rendered)

        guard case .failure(let syntax) = run(s, "let = 3", line: 4) else { return XCTFail("expected failure") }
        XCTAssertEqual(syntax.kind, .syntax)
        XCTAssertEqual(syntax.line, 4)

        guard case .failure(let unsupported) = run(s, "actor A {}") else { return XCTFail("expected failure") }
        XCTAssertEqual(unsupported.kind, .unsupported)
        XCTAssertEqual(unsupported.stage, .compile)
        XCTAssertTrue(unsupported.message.contains("not supported in notebooks"))
        XCTAssertFalse(Session().check(CellSource(text: "actor Counter { var n = 0 }", path: "x", firstLine: 1)).isEmpty)
        XCTAssertTrue(Session().check(CellSource(text: "func f() async -> Int { 1 }\nprint(await f())", path: "x", firstLine: 1)).isEmpty)
        XCTAssertTrue(Session().check(CellSource(text: "import Foundation\nlet x = 1", path: "x", firstLine: 1)).isEmpty)
    }

    func testCheckReportsEverySyntaxErrorWithNotebookLines() {
        let errors = Session().check(CellSource(text: "let a = 1\nlet = 3\nlet b = (1\nprint(a)", path: "nb.md", firstLine: 20))
        XCTAssertEqual(errors.map(\.line), [21, 22], errors.map(\.rendered).joined(separator: "\n"))
        XCTAssertTrue(errors.allSatisfy { $0.kind == .syntax && $0.stage == .parse })
        // Rendered by swift-syntax's DiagnosticsFormatter, numbered with the notebook's lines.
        XCTAssertTrue(errors[0].rendered.hasPrefix("nb.md:21:5: error: "), errors[0].rendered)
        XCTAssertTrue(errors[0].rendered.contains("21 | let = 3"), errors[0].rendered)
        // `run` shows them all at once, at the first one's location.
        guard case .failure(let combined) = Session().run(CellSource(text: "let a = 1\nlet = 3\nlet b = (1", path: "nb.md", firstLine: 20)) else {
            return XCTFail("expected a syntax error")
        }
        XCTAssertEqual(combined.line, 21)
        XCTAssertTrue(combined.rendered.contains("nb.md:22:"), combined.rendered)
    }

    func testCheckSeesEarlierCellsAndUnknownNames() {
        let s = Session()
        XCTAssertEqual(s.check(CellSource(text: "struct P { var x = 1 }\nfunc twice(_ n: Int) -> Int { 2 * n }\nvar total = 0", path: "nb.md", firstLine: 1)).count, 0)
        XCTAssertEqual(s.check(CellSource(text: "total += twice(P().x)", path: "nb.md", firstLine: 5)).count, 0)
        let unknown = s.check(CellSource(text: "print(undefinedThing)", path: "nb.md", firstLine: 9))
        XCTAssertEqual(unknown.first?.line, 9, unknown.map(\.rendered).joined())
        XCTAssertEqual(unknown.first?.stage, .compile)
        // Nothing ran: the global still has no value, and printing never happened.
        guard case .void? = s.global("total") else { return XCTFail("check ran the cell: total = \(String(describing: s.global("total")))") }
    }

    func testCallTraceNamesFunctions() {
        let s = Session()
        let r = run(s, "func inner(_ x: Int) -> Int { 10 / x }\nfunc outer() -> Int { inner(0) }\nprint(outer())")
        guard case .failure(let e) = r else { return XCTFail("expected failure") }
        XCTAssertEqual(e.line, 1)
        XCTAssertTrue(e.message.contains("Division by zero"))
        XCTAssertEqual(e.trace.count, 2)
        XCTAssertTrue(e.trace[0].contains("inner(_:)"), e.trace.joined())
    }

    func testManyCollectionsUnderTheSizeLimitStillStopAtTheResidentLimit() throws {
        // Each inner array is far under `memoryBytes`; together (about 2.4 GB, bounded so that a
        // broken guard cannot take the machine down) they pass the resident limit.
        let resident = try XCTUnwrap(ResidentMemory.bytes())
        let s = Session(limits: Limits(residentBytes: resident + (256 << 20)))
        let program = "var rows: [[Double]] = []\nfor _ in 0..<1_000 { rows.append(Array(repeating: 0.5, count: 100_000)) }"
        guard case .failure(let error) = run(s, program) else { return XCTFail("expected the resident limit") }
        XCTAssertEqual(error.kind, .limit)
        XCTAssertTrue(error.message.contains("memory limit exceeded: the notebook's process holds"), error.message)
        guard case .success = run(s, "rows = []\nprint(1)") else { return XCTFail("the session stays usable") }
    }

    func testLimitsEndTheCellButKeepTheSession() {
        let s = Session(limits: Limits(steps: 100_000, seconds: 5, recursionDepth: 200, memoryBytes: 1 << 20))
        let out = Recorder()
        s.output = out
        guard case .failure(let steps) = run(s, "var i = 0\nwhile true { i += 1 }") else { return XCTFail("expected failure") }
        XCTAssertEqual(steps.kind, .limit)
        guard case .failure(let depth) = run(s, "func down(_ n: Int) -> Int { down(n + 1) }\ndown(0)") else { return XCTFail("expected failure") }
        XCTAssertEqual(depth.kind, .limit)
        XCTAssertTrue(depth.message.contains("recursion"))
        guard case .failure(let memory) = run(s, "let big = Array(repeating: 0, count: 10_000_000_000)") else { return XCTFail("expected failure") }
        XCTAssertEqual(memory.kind, .limit)
        s.limits = Limits(steps: 1_000_000, seconds: 0.2)
        guard case .failure(let time) = run(s, "var k = 0\nwhile true { k += 1 }") else { return XCTFail("expected failure") }
        XCTAssertEqual(time.kind, .limit)
        guard case .success = run(s, "print(\"still fine\", i > 0)") else { return XCTFail("session unusable") }
        XCTAssertEqual(out.text, "still fine true\n")
    }

    func testDeepRecursionWithinLimitDoesNotCrash() {
        let s = Session(limits: Limits(recursionDepth: 5_000))
        let out = Recorder()
        s.output = out
        _ = run(s, "func sum(_ n: Int) -> Int { n == 0 ? 0 : n + sum(n - 1) }\nprint(sum(4_900))")
        XCTAssertEqual(out.text, "12007450\n")
        guard case .failure(let e) = run(s, "print(sum(6_000))") else { return XCTFail("expected failure") }
        XCTAssertEqual(e.kind, .limit)
    }

    func testProtectedNamesCannotBeShadowed() {
        let s = Session()
        s.host.function("loadData") { _ in .int(7) }
        s.protectedNames = ["loadData"]
        guard case .failure(let e) = run(s, "func loadData() -> Int { 0 }") else { return XCTFail("expected failure") }
        XCTAssertTrue(e.message.contains("loadData"))
        guard case .failure = run(s, "let loadData = 3") else { return XCTFail("expected failure") }
        guard case .success(let v) = run(s, "loadData()") else { return XCTFail("cell failed") }
        XCTAssertEqual(v, .int(7))
    }
}
