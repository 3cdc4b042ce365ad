import Foundation
import XCTest
@testable import Runner

/// `nbrun build`: index, cache, atomic writes that keep the old site when a build is interrupted.
final class BuildCommandTests: XCTestCase {
    var root: String!

    override func setUpWithError() throws {
        root = NSTemporaryDirectory() + "nbrun-build-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root + "/notebooks", withIntermediateDirectories: true)
        try "---\ntitle: One\ndescription: First lesson.\norder: 1\n---\n# One\n\n```swift\nprint(1 + 1)\n```\n"
            .write(toFile: root + "/notebooks/b-one.md", atomically: true, encoding: .utf8)
        try "---\ntitle: Two\norder: 2\n---\n# Two\n\n```swift\nprint(\"two\")\n```\n"
            .write(toFile: root + "/notebooks/a-two.md", atomically: true, encoding: .utf8)
        try "title: Test course\n".write(toFile: root + "/notebooks/course.yml", atomically: true, encoding: .utf8)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: root)
    }

    func testIndexListsLessonsInOrderAndCacheIsUsed() throws {
        let request = BuildRequest(notebooksDirectory: root + "/notebooks", outDirectory: root + "/site")
        XCTAssertEqual(Runner.build(request), 0)
        let index = try String(contentsOfFile: root + "/site/index.html", encoding: .utf8)
        XCTAssertTrue(index.contains("Test course"))
        let one = try XCTUnwrap(index.range(of: "One")), two = try XCTUnwrap(index.range(of: "Two"))
        XCTAssertLessThan(one.lowerBound, two.lowerBound, "front matter order wins over file names")
        XCTAssertTrue(index.contains("First lesson."))
        let page = try String(contentsOfFile: root + "/site/b-one.html", encoding: .utf8)
        XCTAssertTrue(page.contains("a-two.html"), "pages link to the next lesson")
        let cacheFile = root + "/.nbrun-cache/site/b-one.json"
        XCTAssertTrue(FileManager.default.fileExists(atPath: cacheFile))
        XCTAssertFalse(FileManager.default.fileExists(atPath: root + "/site/.nbrun-cache"), "the cache is never inside the site")

        // A cached rebuild gives the same bytes.
        XCTAssertEqual(Runner.build(request), 0)
        XCTAssertEqual(try String(contentsOfFile: root + "/site/b-one.html", encoding: .utf8), page)
    }

    func testTheCacheLivesBesideTheOutputFolder() {
        XCTAssertEqual(BuildRequest.defaultCacheDirectory(for: "site"), ".nbrun-cache/site")
        XCTAssertEqual(BuildRequest.defaultCacheDirectory(for: "out/course/site/"), "out/course/.nbrun-cache/site")
        XCTAssertEqual(BuildRequest.defaultCacheDirectory(for: "/srv/www"), "/srv/.nbrun-cache/www")
        XCTAssertEqual(BuildRequest.defaultCacheDirectory(for: "."), ".nbrun-cache/site")
    }

    func testCachedRebuildReusesHighlightedCellsOfTheSameVersion() throws {
        let request = BuildRequest(notebooksDirectory: root + "/notebooks", outDirectory: root + "/site")
        XCTAssertEqual(Runner.build(request), 0)
        let memoPath = root + "/.nbrun-cache/site/highlight.json"
        let saved = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: memoPath))) as? [String: Any])
        let entries = try XCTUnwrap(saved["entries"] as? [String: String])
        XCTAssertEqual(Set(entries.keys), ["print(1 + 1)", "print(\"two\")"])

        // A planted entry shows that the rebuild takes highlighting from the memo…
        func plant(version: String) throws {
            let planted: [String: Any] = ["version": version, "entries": ["print(1 + 1)": "PLANTED"]]
            try JSONSerialization.data(withJSONObject: planted).write(to: URL(fileURLWithPath: memoPath))
        }
        try plant(version: NbrunVersion.string)
        XCTAssertEqual(Runner.build(request), 0)
        XCTAssertTrue(try String(contentsOfFile: root + "/site/b-one.html", encoding: .utf8).contains("PLANTED"))
        // …but never from another version's memo, nor with --no-cache.
        try plant(version: "0.0.0-other")
        XCTAssertEqual(Runner.build(request), 0)
        XCTAssertFalse(try String(contentsOfFile: root + "/site/b-one.html", encoding: .utf8).contains("PLANTED"))
        try plant(version: NbrunVersion.string)
        var uncached = request
        uncached.useCache = false
        XCTAssertEqual(Runner.build(uncached), 0)
        XCTAssertFalse(try String(contentsOfFile: root + "/site/b-one.html", encoding: .utf8).contains("PLANTED"))
    }

    func testFailedBuildLeavesThePreviousSite() throws {
        let request = BuildRequest(notebooksDirectory: root + "/notebooks", outDirectory: root + "/site")
        XCTAssertEqual(Runner.build(request), 0)
        let before = try String(contentsOfFile: root + "/site/b-one.html", encoding: .utf8)
        // A notebook that cannot be parsed fails the build before anything is written.
        try "---\ntitle: [broken\n---\n".write(toFile: root + "/notebooks/c-bad.md", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: root + "/notebooks/b-one.md")
        try "# changed\n".write(toFile: root + "/notebooks/b-one.md", atomically: true, encoding: .utf8)
        XCTAssertEqual(Runner.build(request), 2)
        XCTAssertEqual(try String(contentsOfFile: root + "/site/b-one.html", encoding: .utf8), before)
    }
}
