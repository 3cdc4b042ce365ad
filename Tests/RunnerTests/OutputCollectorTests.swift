import Foundation
import Interpreter
import NotebookModel
import XCTest
@testable import Runner

/// Per-cell output caps: what is kept, what is counted, and the notice that says so.
final class OutputCollectorTests: XCTestCase {
    func collector(_ caps: OutputCaps) -> OutputCollector {
        let collector = OutputCollector(session: session, caps: caps)
        collector.begin()
        return collector
    }

    let session = Session(limits: Limits(), seed: 0)

    func testPrintsMergeUntilTheCapThenWholeLinesAreKeptAndTheRestCounted() {
        var caps = OutputCaps()
        caps.textBytes = 20
        let c = collector(caps)
        for i in 0..<10 { c.write("line \(i)\n") }  // 7 bytes each
        let outputs = c.finish()
        XCTAssertEqual(outputs.first, .text("line 0\nline 1\n"), "two whole lines fit in 20 bytes; the third is not split")
        guard case .notice(let notice)? = outputs.last else { return XCTFail("no notice: \(outputs)") }
        XCTAssertTrue(notice.contains("the cell printed 70 bytes; the page keeps the first 14 bytes and cuts the remaining 8 lines (56 bytes)"), notice)
    }

    func testNothingIsCutUnderTheCapsAndTextAroundARichOutputStaysInOrder() {
        let c = collector(OutputCaps())
        c.write("a")
        c.write("b\n")
        c.emit(.value("1"))
        c.write("c\n")
        XCTAssertEqual(c.finish(), [.text("ab\n"), .value("1"), .text("c\n")])
    }

    func testAFileWrittenAgainKeepsItsPlaceWithItsLatestSize() {
        let c = collector(OutputCaps())
        c.emit(.file(WrittenFile(name: "log.csv", bytes: 0, href: "n/files/log.csv")))
        c.emit(.file(WrittenFile(name: "best.keras", bytes: 900, href: "n/files/best.keras")))
        c.write("epoch 2\n")
        c.emit(.file(WrittenFile(name: "log.csv", bytes: 51, href: "n/files/log.csv")))
        XCTAssertEqual(c.finish(), [.file(WrittenFile(name: "log.csv", bytes: 51, href: "n/files/log.csv")),
                                    .file(WrittenFile(name: "best.keras", bytes: 900, href: "n/files/best.keras")), .text("epoch 2\n")])
    }

    func testACutNeverSplitsACharacter() {
        var caps = OutputCaps()
        caps.textBytes = 5
        let c = collector(caps)
        c.write("ééé")  // 6 bytes, no newline: keep whole scalars only
        XCTAssertEqual(c.finish().first, .text("éé"))
    }

    func testFiguresPastTheCapAreCountedNotKept() {
        var caps = OutputCaps()
        caps.figures = 2
        let c = collector(caps)
        let figure = Figure(title: "f")
        for _ in 0..<5 { c.emit(.figure(figure)) }
        let outputs = c.finish()
        XCTAssertEqual(outputs.filter { if case .figure = $0 { return true } else { return false } }.count, 2)
        XCTAssertEqual(outputs.last, .notice("Output cut — 3 figures not shown: a cell keeps at most 2."))
    }

    func testAMillionLinesCostWellUnderASecondAndThePageStaysSmall() throws {
        let out = NSTemporaryDirectory() + "nbrun-print-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: out) }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try "# Print\n\n```swift\nfor i in 0..<1_000_000 { print(\"line\", i) }\n```\n"
            .write(toFile: out + "/print.md", atomically: true, encoding: .utf8)
        let start = Date()
        XCTAssertEqual(Runner.run(RunRequest(notebookPath: out + "/print.md", outDirectory: out)), 0)
        let seconds = Date().timeIntervalSince(start)
        // A loose bound for loaded CI machines; quiet, it is about half a second (docs/performance.md).
        XCTAssertLessThan(seconds, 5, "printing 10⁶ lines took \(seconds) s")
        let page = try String(contentsOfFile: out + "/print.html", encoding: .utf8)
        XCTAssertLessThan(page.utf8.count, 1_200_000)
        XCTAssertTrue(page.contains("cuts the remaining"), "the page says what was cut")
    }

    func testOnlyTheRuntimesCrashReportStopsTheForwardingOfAWorkersOutput() {
        XCTAssertTrue(WorkerLaunch.isRuntimeCrashReport("Fatal error: failed to allocate 9 bytes\n"))
        XCTAssertTrue(WorkerLaunch.isRuntimeCrashReport("[1/3] ok\nRunner/FaultInjection.swift:17: Fatal error: injected fault\n"))
        XCTAssertTrue(WorkerLaunch.isRuntimeCrashReport("Current stack trace:\n0 libswiftCore.so"))
        // A cell's own runtime error quotes Swift's words after its location: forwarded.
        XCTAssertFalse(WorkerLaunch.isRuntimeCrashReport("lesson.md:13:9: error: Fatal error: Index out of range\n"))
        XCTAssertFalse(WorkerLaunch.isRuntimeCrashReport("[2/3] cell-2 ok 4ms\n"))
    }
}
