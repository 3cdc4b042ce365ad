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
        XCTAssertEqual(try String(contentsOf: dir.appendingPathComponent("page.js"), encoding: .utf8), Theme.default.script)
        XCTAssertEqual(try String(contentsOf: dir.appendingPathComponent("search.js"), encoding: .utf8), Theme.default.searchScript)
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

    /// Dark mode: the OS preference unless the reader chose, both themes defining every color the
    /// page and its figures use, and a toggle that remembers the choice in localStorage.
    func testDarkModeFollowsThePreferenceAndTheToggle() throws {
        let css = Theme.default.stylesheet
        XCTAssertTrue(css.contains("@media screen and (prefers-color-scheme: dark) {\n  :root:not([data-theme=\"light\"]) {"))
        XCTAssertTrue(css.contains(":root[data-theme=\"dark\"] {"))
        func variables(_ block: String) -> Set<String> {
            Set(block.components(separatedBy: "--").dropFirst().compactMap { $0.split(separator: ":").first.map(String.init) })
        }
        let light = String(css[css.range(of: ":root {")!.upperBound..<css.range(of: "@media screen and (prefers-color-scheme")!.lowerBound])
        let forced = String(css[css.range(of: ":root[data-theme=\"dark\"] {")!.upperBound...].prefix { $0 != "}" })
        XCTAssertEqual(variables(light).subtracting(["mono", "sans"]), variables(forced), "every color has a dark value")
        for hook in [".nb-figure .fig-bg", ".nb-figure .fig-text", ".nb-figure .fig-grid", ".nb-figure .fig-axis", ".hl-kw { color: var(--hl-kw)"] {
            XCTAssertTrue(css.contains(hook), hook)
        }
        let page = try PageRenderer().render(PageInput(title: "T", path: "t.html", blocks: [.prose(html: "<p>x</p>")]))
        XCTAssertTrue(page.contains("localStorage.getItem(\"nbrun-theme\")"))
        XCTAssertTrue(page.contains("<button type=\"button\" class=\"theme-toggle\" aria-pressed=\"false\" hidden>"))
        XCTAssertTrue(Theme.default.script.contains("localStorage.setItem(key, next)"))
    }

    /// Phones: figures keep a legible minimum width and scroll; the contents fold into one line.
    func testNarrowLayoutScrollsFiguresAndFoldsTheContents() throws {
        let css = Theme.default.stylesheet
        XCTAssertTrue(css.contains(".output-figure { margin: .5rem 0; overflow-x: auto; position: relative; }"))
        // Image grids reflow to as many 4.5rem columns as fit on a phone.
        XCTAssertTrue(css.contains("@media (max-width: 600px) {\n  .image-grid { grid-template-columns: repeat(auto-fill, minmax(4.5rem, 1fr)); }"))
        XCTAssertTrue(css.contains(".output-figure svg { max-width: max(100%, 36rem);"))
        XCTAssertFalse(css.contains("position: absolute; right: .5rem"), "nothing is placed over the code")
        let page = try PageRenderer().render(PageInput(title: "T", path: "t.html", blocks: [.prose(html: "<h2>A</h2>")]))
        XCTAssertTrue(page.contains("<details class=\"toc-details\">\n<summary class=\"toc-title\">On this page</summary>"), page)
        XCTAssertTrue(Theme.default.script.contains("window.matchMedia(\"(min-width: 901px)\")"))
    }

    /// Print: light colors, wrapped code and logs, no scrolling, cells and figures kept whole,
    /// headings kept with what follows, link targets shown.
    func testPrintStylesheet() throws {
        let css = Theme.default.stylesheet
        let print = String(css[css.range(of: "@media print {")!.lowerBound...])
        for rule in ["white-space: pre-wrap", "overflow: visible", ".cell, .output, figure, table, tr, .math.display, blockquote { break-inside: avoid; }",
                     "h1, h2, h3, h4, h5, h6 { break-after: avoid;", "content: \" (\" attr(href) \")\"", ".copy-button, .theme-toggle, .anchor, .search { display: none; }"] {
            XCTAssertTrue(print.contains(rule), rule)
        }
        XCTAssertTrue(css.contains("@media screen {\n  :root[data-theme=\"dark\"] {"), "dark is for screens only")
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
