import Foundation
import NotebookModel
import TestHelpers
import XCTest
@testable import Runner

/// End to end through `Runner.run`: exit codes, pages with errors in place, JSON, determinism.
final class RunCommandTests: XCTestCase {
    var out: String!

    override func setUp() {
        out = NSTemporaryDirectory() + "nbrun-run-\(UUID().uuidString)"
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: out)
    }

    func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)").path
    }

    func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    func testSyntaxErrorGivesPageWithErrorAtItsLineAndExitOne() throws {
        let json = out + "/syntax.json"
        XCTAssertEqual(Runner.run(RunRequest(notebookPath: fixture("errors/syntax-error.md"), outDirectory: out, jsonPath: json)), 1)
        let page = try read(out + "/syntax-error.html")
        XCTAssertTrue(page.contains("first cell runs"))
        XCTAssertTrue(page.contains("syntax-error.md:12:9:"), "the error names the notebook line and column where the parser gave up")
        XCTAssertFalse(page.contains("never reached</"), "cells after a failure do not run")
        let report = try read(json)
        XCTAssertTrue(report.contains("\"kind\": \"syntax\""))
        XCTAssertTrue(report.contains("\"status\": \"notRun\""))
    }

    func testRuntimeErrorNamesLineAndKeepGoingRunsTheRest() throws {
        XCTAssertEqual(Runner.run(RunRequest(notebookPath: fixture("errors/runtime-error.md"), outDirectory: out, keepGoing: true)), 1)
        let page = try read(out + "/runtime-error.html")
        XCTAssertTrue(page.contains("Index out of range"))
        XCTAssertTrue(page.contains("runtime-error.md:10:"), "the failing subscript is on notebook line 10")
        XCTAssertTrue(page.contains("after"), "--keep-going runs the cells after the failure")
    }

    func testCompileErrorKeepsEarlierStatementsAndLaterErrorsPointBack() throws {
        let json = out + "/compile.json"
        XCTAssertEqual(Runner.run(RunRequest(notebookPath: fixture("errors/compile-error.md"), outDirectory: out, jsonPath: json, keepGoing: true)), 1)
        let page = try read(out + "/compile-error.html")
        XCTAssertTrue(page.contains("Compile error"), "an unknown name is found while compiling, not at run time")
        XCTAssertTrue(page.contains("declared 4"), "the statements before the failing one ran and printed")
        XCTAssertTrue(page.contains("0.25"), "the next cell sees the function the failed cell declared before its error")
        XCTAssertTrue(page.contains("&#39;weight&#39; was defined in cell [1], which failed") || page.contains("'weight' was defined in cell [1], which failed"),
                      "a follow-on error names the failed cell that declared the missing name")
        let report = try read(json)
        XCTAssertTrue(report.contains("\"kind\": \"compile\""))
    }

    func testJSONReportHasEveryKindOfResultInTheDocumentedShape() throws {
        let notebook = fixture("json/report.md")
        let json = out + "/report.json"
        XCTAssertEqual(Runner.run(RunRequest(notebookPath: notebook, outDirectory: out, jsonPath: json, keepGoing: true)), 1)
        let report = try read(json).replacingOccurrences(of: notebook, with: "Fixtures/json/report.md")
        if let problem = Snapshot.check(report, named: "report.json", in: Snapshot.directory(besides: #filePath)) {
            XCTFail(problem)
        }
        // The fields the issue names, read back as JSON (not only as bytes).
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
        let cells = try XCTUnwrap(document["cells"] as? [[String: Any]])
        XCTAssertEqual(cells.map { $0["id"] as? String }, ["printed", "displayed", "figure", "summary", "fails", "cell-6", "after-failure"])
        let types = cells.map { (($0["outputs"] as? [[String: Any]]) ?? []).compactMap { $0["type"] as? String } }
        XCTAssertEqual(types, [["stdout"], ["value"], ["svg"], ["summary"], ["error"], [], ["stdout"]])
        XCTAssertTrue(cells[0]["error"] is NSNull)
        let error = try XCTUnwrap(cells[4]["error"] as? [String: Any])
        XCTAssertEqual(error["message"] as? String, "Fatal error: Index out of range")
        XCTAssertEqual(error["line"] as? Int, 26)
        XCTAssertEqual(error["column"] as? Int, 7)
    }

    func testMissingNotebookIsAnIOErrorWithExitTwo() {
        XCTAssertEqual(Runner.run(RunRequest(notebookPath: out + "/missing.md", outDirectory: out)), 2)
    }

    func testSameNotebookAndSeedGiveByteIdenticalPages() throws {
        let notebook = fixture("site-check/browser-check.md")
        XCTAssertEqual(Runner.run(RunRequest(notebookPath: notebook, outDirectory: out + "/a")), 0)
        XCTAssertEqual(Runner.run(RunRequest(notebookPath: notebook, outDirectory: out + "/b")), 0)
        let first = try read(out + "/a/browser-check.html"), second = try read(out + "/b/browser-check.html")
        XCTAssertEqual(first, second)
        XCTAssertTrue(first.contains("<svg"), "the line plot is inline SVG")
        XCTAssertTrue(first.contains("class=\"math"), "math is marked for KaTeX")
    }

    func testTimingsAppearOnThePageOnlyWhenAsked() throws {
        let notebook = fixture("errors/runtime-error.md")
        XCTAssertEqual(Runner.run(RunRequest(notebookPath: notebook, outDirectory: out + "/plain", keepGoing: true)), 1)
        XCTAssertEqual(Runner.run(RunRequest(notebookPath: notebook, outDirectory: out + "/timed", keepGoing: true, timings: true)), 1)
        XCTAssertFalse(try read(out + "/plain/runtime-error.html").contains("class=\"cell-time\""))
        let timed = try read(out + "/timed/runtime-error.html")
        let times = timed.components(separatedBy: "<span class=\"cell-time\">").dropFirst().map { $0.prefix { $0 != "<" } }
        XCTAssertEqual(times.count, 3, "every cell that ran, the failing one included")
        XCTAssertTrue(times.allSatisfy { $0.hasSuffix(" s") && Double($0.dropLast(2)) != nil }, "\(times)")
    }

    func testCheckReportsSyntaxErrorsWithoutRunning() {
        XCTAssertEqual(Runner.check([fixture("errors/syntax-error.md")]), 1)
        XCTAssertEqual(Runner.check([fixture("errors/runtime-error.md")]), 0)
    }
}
