import Foundation
import Grader
import XCTest
@testable import Runner

/// `nbrun build --student`: the site students get holds no solution and no hidden test anywhere,
/// and agrees with `nbrun assign`; every build marks exercise and test cells and counts checks.
final class StudentBuildTests: XCTestCase {
    var root: String!

    static let notebook = """
    ---
    title: Squares
    ---
    # Squares

    ```swift
    let base = 3
    ```

    ```swift exercise=square points=2
    func square(_ x: Int) -> Int {
        // BEGIN SOLUTION
        let secretSolutionMarker = x * x
        return secretSolutionMarker
        // END SOLUTION
    }
    ```

    ```swift test=square
    check(square(2) == 4, "square(2) is 4")
    check(square(-3) == 9)
    checkEqual(square(0), 0)
    ```

    ```swift test=square hidden
    check(square(11) == 121, "hiddenTestMarker: larger inputs")
    ```

    ```swift caption="The base, squared" label=fig-base
    print(base * base)
    ```

    """

    override func setUpWithError() throws {
        root = NSTemporaryDirectory() + "nbrun-student-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root + "/notebooks", withIntermediateDirectories: true)
        try Self.notebook.write(toFile: root + "/notebooks/squares.md", atomically: true, encoding: .utf8)
        try "title: Test course\neditURL: https://example.org/edit/{path}\n"
            .write(toFile: root + "/notebooks/course.yml", atomically: true, encoding: .utf8)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Every file under `folder` (hidden ones included), as text.
    func files(under folder: String) throws -> [String: String] {
        var result: [String: String] = [:]
        let enumerator = try XCTUnwrap(FileManager.default.enumerator(atPath: folder))
        for case let relative as String in enumerator {
            var isDirectory: ObjCBool = false
            let path = folder + "/" + relative
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            result[relative] = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        }
        return result
    }

    func testStudentSiteLeaksNoSolutionNorHiddenTestAnywhere() throws {
        var request = BuildRequest(notebooksDirectory: root + "/notebooks", outDirectory: root + "/student-site")
        request.student = true
        XCTAssertEqual(Runner.build(request), 0, "the stubs' failures are expected in a student build")
        let site = try files(under: root + "/student-site")
        XCTAssertNotNil(site["squares.html"])
        if FileManager.default.fileExists(atPath: "/usr/share/javascript/lunr/lunr.min.js") {
            XCTAssertTrue(site["assets/search-index.js"]?.contains("square") == true, "the search index is checked too")
        }
        let cache = try files(under: root + "/.nbrun-cache")
        for (path, text) in site.merging(cache.map { (".nbrun-cache/" + $0.key, $0.value) }, uniquingKeysWith: { a, _ in a }) {
            for secret in ["secretSolutionMarker", "BEGIN SOLUTION", "END SOLUTION", "hiddenTestMarker", "square(11)", "x * x"] {
                XCTAssertFalse(text.contains(secret), "\(path) contains \(secret)")
            }
        }
        // The published notebook is exactly what `nbrun assign` writes.
        let student = try Assignment.studentVersion(of: Self.notebook, path: root + "/notebooks/squares.md")
        XCTAssertEqual(site["squares.md"], student)
        let page = try XCTUnwrap(site["squares.html"])
        XCTAssertTrue(page.contains("exercise square: write your solution here"))
        XCTAssertTrue(page.contains("<span class=\"cell-role\">Exercise · 2 points</span>"))
        XCTAssertTrue(page.contains("<span class=\"cell-role\">Tests</span>"))
        XCTAssertFalse(page.contains("Hidden tests"))
        XCTAssertTrue(page.contains("<a class=\"download-notebook\" href=\"squares.md\" download>Download notebook</a>"))
        XCTAssertTrue(page.contains("href=\"https://example.org/edit/\(root!)/notebooks/squares.md\">Edit this page</a>"))
        XCTAssertTrue(page.contains("9\n"), "the cells after a stub still run")
    }

    /// The worker process runs the text the build parsed, not the instructor's file on disk.
    func testIsolatedStudentBuildRunsTheStudentVersion() throws {
        var request = BuildRequest(notebooksDirectory: root + "/notebooks", outDirectory: root + "/student-site", useCache: false)
        request.student = true
        request.isolation = IsolationTests.nbrun
        guard case .childProcess(let nbrun) = request.isolation, FileManager.default.isExecutableFile(atPath: nbrun) else {
            throw XCTSkip("no nbrun binary")
        }
        XCTAssertEqual(Runner.build(request), 0)
        let page = try String(contentsOfFile: root + "/student-site/squares.html", encoding: .utf8)
        XCTAssertFalse(page.contains("3 checks passed"), "the instructor's solution ran")
        XCTAssertTrue(page.contains("The tests stopped with an error before any check passed"))
        XCTAssertTrue(page.contains("<pre class=\"output output-text\">9\n</pre>"))
    }

    func testStudentBuildRefusesToWriteIntoTheNotebooksFolder() throws {
        var request = BuildRequest(notebooksDirectory: root + "/notebooks", outDirectory: root + "/notebooks/")
        request.student = true
        XCTAssertEqual(Runner.build(request), 2)
        XCTAssertEqual(try String(contentsOfFile: root + "/notebooks/squares.md", encoding: .utf8), Self.notebook)
    }

    func testInstructorPageMarksCellsCountsChecksAndNumbersFigures() throws {
        var request = BuildRequest(notebooksDirectory: root + "/notebooks", outDirectory: root + "/site")
        request.lineNumbers = true
        XCTAssertEqual(Runner.build(request), 0)
        let page = try String(contentsOfFile: root + "/site/squares.html", encoding: .utf8)
        XCTAssertTrue(page.contains("<div class=\"cell exercise\" id=\"cell-2\">"))
        XCTAssertTrue(page.contains("<div class=\"cell test\" id=\"cell-3\">"))
        XCTAssertTrue(page.contains("<span class=\"cell-role\">Hidden tests</span>"))
        XCTAssertTrue(page.contains("<p class=\"check-summary check-passed\"><span aria-hidden=\"true\">✓</span> 3 checks passed</p>"))
        XCTAssertTrue(page.contains("<span aria-hidden=\"true\">✓</span> 1 check passed</p>"))
        XCTAssertTrue(page.contains("<figure class=\"cell-outputs captioned\" id=\"fig-base\">"))
        XCTAssertTrue(page.contains("<figcaption><span class=\"figure-number\">Figure 1:</span> The base, squared</figcaption>"))
        XCTAssertTrue(page.contains("<pre class=\"code line-numbers\""), "--line-numbers numbers every cell")
        XCTAssertEqual(try String(contentsOfFile: root + "/site/squares.md", encoding: .utf8), Self.notebook)
    }

    func testAFailingCheckIsNamedUnderItsTestCell() throws {
        let text = "# F\n\n```swift test=f\ncheck(1 < 2)\ncheckEqual(2 + 2, 5, \"two and two make four\")\ncheck(true)\n```\n"
        try text.write(toFile: root + "/notebooks/squares.md", atomically: true, encoding: .utf8)
        let request = BuildRequest(notebooksDirectory: root + "/notebooks", outDirectory: root + "/site")
        XCTAssertEqual(Runner.build(request), 1)
        let page = try String(contentsOfFile: root + "/site/squares.html", encoding: .utf8)
        XCTAssertTrue(page.contains("<p class=\"check-summary check-failed\"><span aria-hidden=\"true\">✗</span> Check 2 failed: two and two make four (1 check passed before it)</p>"))
    }
}
