import Foundation
import XCTest
@testable import Runner

/// `nbrun serve` serves what `nbrun build` (or `nbrun NOTEBOOK.md`) writes: the same files, the
/// same bytes, pages with only the live script added.
final class ServedPagesTests: XCTestCase {
    var root: String!
    static let lesson = """
    ---
    title: Served lesson
    ---
    # Served lesson

    Some prose with $x^2$ math.

    ```swift id=first
    let xs = [1, 2, 3]
    let total = xs.reduce(0, +)
    print("total", total)
    ```

    More prose.

    ```swift id=second
    let ys = xs.map { Double($0) }
    linePlot(x: ys, y: [ys.map { $0 * $0 }], labels: ["square"], title: "Squares")
    ```

    """

    override func setUpWithError() throws {
        root = NSTemporaryDirectory() + "nbrun-served-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root + "/notebooks", withIntermediateDirectories: true)
        try Self.lesson.write(toFile: root + "/notebooks/01-served.md", atomically: true, encoding: .utf8)
        try "title: Served course\neditURL: \"https://example.org/edit/{path}\"\n"
            .write(toFile: root + "/notebooks/course.yml", atomically: true, encoding: .utf8)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Every file under `folder`, by site-relative path.
    static func files(_ folder: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let enumerator = try XCTUnwrap(FileManager.default.enumerator(atPath: folder))
        while let relative = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isFolder), !isFolder.boolValue { out[relative] = FileManager.default.contents(atPath: folder + "/" + relative) }
        }
        return out
    }

    /// What serving `served` gives for every file `built` holds equals the built bytes (pages:
    /// plus the live script, nothing else); both folders hold the same files.
    func assertServedMatchesBuilt(_ built: String, _ served: String, _ what: String,
                                  file: StaticString = #filePath, line: UInt = #line) throws {
        let builtFiles = try Self.files(built)
        XCTAssertEqual(Set(try Self.files(served).keys), Set(builtFiles.keys), "\(what): the same files", file: file, line: line)
        for (relative, data) in builtFiles {
            let got = try XCTUnwrap(PreviewServer.served("/" + relative, root: served), "\(what): \(relative) is served", file: file, line: line).0
            let want = relative.hasSuffix(".html") ? Data(LiveScript.inject(into: String(decoding: data, as: UTF8.self)).utf8) : data
            XCTAssertTrue(got == want, "\(what): \(relative) served differs from build's", file: file, line: line)
        }
    }

    func testServeServesTheCourseBuildWrites() throws {
        var pages: [Bool: String] = [:]
        for lineNumbers in [false, true] {
            let tag = lineNumbers ? "numbered" : "plain"
            var request = BuildRequest(notebooksDirectory: root + "/notebooks", outDirectory: "\(root!)/build-\(tag)", useCache: false)
            request.lineNumbers = lineNumbers
            XCTAssertEqual(Runner.build(request), 0)
            let preview = LivePreview(target: .course(root + "/notebooks"), outDirectory: "\(root!)/serve-\(tag)", hub: nil)
            preview.lineNumbers = lineNumbers
            preview.refresh(nil)
            try assertServedMatchesBuilt("\(root!)/build-\(tag)", "\(root!)/serve-\(tag)", "course, \(tag)")

            let page = try XCTUnwrap(PreviewServer.served("/01-served.html", root: "\(root!)/serve-\(tag)")).0
            pages[lineNumbers] = String(decoding: page, as: UTF8.self)
            XCTAssertTrue(pages[lineNumbers]!.contains("href=\"01-served.md\""), "the page links its download")
            XCTAssertTrue(pages[lineNumbers]!.contains("https://example.org/edit/"), "the page links its edit URL")
            let markdown = try XCTUnwrap(PreviewServer.served("/01-served.md", root: "\(root!)/serve-\(tag)"))
            XCTAssertEqual(String(decoding: markdown.0, as: UTF8.self), Self.lesson, "the download is the notebook")
            XCTAssertTrue(markdown.1.hasPrefix("text/markdown"))
        }
        XCTAssertNotEqual(pages[false], pages[true], "--line-numbers changes the page")
    }

    func testServeOfOneNotebookServesWhatRunWrites() throws {
        let path = root + "/notebooks/01-served.md"
        for lineNumbers in [false, true] {
            let tag = lineNumbers ? "numbered" : "plain"
            var request = RunRequest(notebookPath: path, outDirectory: "\(root!)/run-\(tag)")
            request.lineNumbers = lineNumbers
            XCTAssertEqual(Runner.run(request), 0)
            let preview = LivePreview(target: .notebook(path), outDirectory: "\(root!)/serve-\(tag)", hub: nil)
            preview.lineNumbers = lineNumbers
            preview.refresh(nil)
            try assertServedMatchesBuilt("\(root!)/run-\(tag)", "\(root!)/serve-\(tag)", "one notebook, \(tag)")
            XCTAssertNotNil(PreviewServer.served("/01-served.md", root: "\(root!)/serve-\(tag)"))
        }
    }
}
