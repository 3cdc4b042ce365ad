import Foundation
import XCTest
@testable import Renderer

/// Built-in theme vs the mirrored files, and author overrides.
final class ThemeTests: XCTestCase {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The defaults compiled into the binary must equal site/theme/ (the files authors copy).
    func testDefaultsMatchMirroredFiles() throws {
        let dir = Self.repositoryRoot.appendingPathComponent("site/theme")
        XCTAssertEqual(try String(contentsOf: dir.appendingPathComponent("page.mustache"), encoding: .utf8), Theme.default.pageTemplate)
        XCTAssertEqual(try String(contentsOf: dir.appendingPathComponent("index.mustache"), encoding: .utf8), Theme.default.indexTemplate)
        XCTAssertEqual(try String(contentsOf: dir.appendingPathComponent("style.css"), encoding: .utf8), Theme.default.stylesheet)
    }

    func testAuthorFilesOverrideDefaultsOneByOne() throws {
        let dir = try temporaryDirectory()
        try "<p>{{title}} by {{extra.author}}{{#fields}} [{{key}}={{value}}]{{/fields}}</p>{{{content}}}".write(
            to: dir.appendingPathComponent("page.mustache"), atomically: true, encoding: .utf8)
        let theme = try Theme.load(directory: dir)
        XCTAssertEqual(theme.stylesheet, Theme.default.stylesheet)
        XCTAssertEqual(theme.indexTemplate, Theme.default.indexTemplate)
        let html = try PageRenderer(theme: theme).render(PageInput(title: "T", path: "t.html", extra: [.init(key: "author", value: "Ada")],
                                                                  blocks: [.prose(html: "<p>x</p>")]))
        XCTAssertEqual(html, "<p>T by Ada [author=Ada]</p><p>x</p>\n")
    }

    func testMissingDirectoryGivesDefaults() throws {
        XCTAssertEqual(try Theme.load(directory: URL(fileURLWithPath: "/nonexistent/theme")), Theme.default)
        XCTAssertEqual(try Theme.load(directory: nil), Theme.default)
    }

    func testBrokenTemplateIsAClearError() {
        var theme = Theme.default
        theme.pageTemplate = "{{#open}} never closed"
        XCTAssertThrowsError(try PageRenderer(theme: theme)) { error in
            guard case RenderError.template(let name, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(name, "page.mustache")
        }
    }

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }
}
