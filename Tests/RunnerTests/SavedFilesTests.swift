import Foundation
import NotebookModel
import XCTest
@testable import Runner

/// `nbrun NOTEBOOK.md --out DIR`: what cells write lands in `DIR/<notebook>/files/` and the page
/// links it; each run starts that folder afresh; a worker process writes there too.
final class SavedFilesTests: XCTestCase {
    var out: String!
    let notebook = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/saving/saves-files.md").path

    override func setUp() { out = NSTemporaryDirectory() + "nbrun-saved-\(UUID().uuidString)" }
    override func tearDown() { try? FileManager.default.removeItem(atPath: out) }

    func checkRun(_ isolation: Isolation) throws {
        let stale = out + "/saves-files/files/stale.txt"
        try FileManager.default.createDirectory(atPath: out + "/saves-files/files", withIntermediateDirectories: true)
        try Data("old".utf8).write(to: URL(fileURLWithPath: stale))
        var request = RunRequest(notebookPath: notebook, outDirectory: out)
        request.isolation = isolation
        XCTAssertEqual(Runner.run(request), 0)
        let page = try String(contentsOfFile: out + "/saves-files.html", encoding: .utf8)
        XCTAssertTrue(page.contains("<a href=\"saves-files/files/model.keras\" download>model.keras</a> ("), page)
        XCTAssertTrue(page.contains("<a href=\"saves-files/files/log.csv\" download>log.csv</a> ("), page)
        XCTAssertTrue(page.contains("<pre class=\"output output-text\">true\n</pre>"), page)
        let log = try String(contentsOfFile: out + "/saves-files/files/log.csv", encoding: .utf8)
        XCTAssertTrue(log.hasPrefix("epoch,loss,val_loss\n0,"), log)
        XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/saves-files/files/model.keras"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: stale), "a run starts with an empty files folder")
    }

    func testInProcessRunWritesAndLinksFiles() throws { try checkRun(.inProcess) }

    func testWorkerProcessWritesIntoTheSameFolder() throws {
        guard case .childProcess(let nbrun) = IsolationTests.nbrun, FileManager.default.isExecutableFile(atPath: nbrun) else {
            throw XCTSkip("no nbrun binary")
        }
        try checkRun(IsolationTests.nbrun)
    }

    func testACachedBuildRunsAgainWhenItsFilesAreGone() throws {
        let course = out + "/course"
        try FileManager.default.createDirectory(atPath: course, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: notebook, toPath: course + "/saves-files.md")
        var request = BuildRequest(notebooksDirectory: course, outDirectory: out + "/site")
        request.cacheDirectory = out + "/cache"
        XCTAssertEqual(Runner.build(request), 0)
        let model = out + "/site/saves-files/files/model.keras"
        XCTAssertTrue(FileManager.default.fileExists(atPath: model))
        try FileManager.default.removeItem(atPath: out + "/site/saves-files")
        XCTAssertEqual(Runner.build(request), 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: model), "the cached run's links would dangle: it ran again")
    }
}
