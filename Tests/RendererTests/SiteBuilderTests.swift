import Foundation
import NotebookModel
import XCTest
@testable import Renderer

/// Site layout, links, assets, theme folder safety, atomic builds.
final class SiteBuilderTests: XCTestCase {
    let config = SiteConfig(title: "Deep Learning in Swift", description: "Six lessons, from perceptrons to CNN-free Fashion-MNIST.")

    func pages(_ marker: String = "") -> [PageInput] {
        [
            PageInput(title: "Perceptrons", description: "One neuron, one line.", path: "01-perceptron.html",
                      blocks: [.prose(html: "<h2>Idea</h2><p>\(marker)</p>")]),
            PageInput(title: "XOR", description: "", path: "02-xor.html",
                      blocks: [.prose(html: "<p>Math: <span class=\"math inline\">x^2</span> \(marker)</p>")]),
            PageInput(title: "Fashion", description: "Real data.", path: "part2/03-fashion.html",
                      blocks: [.cell(CellView(id: "c", source: "1 + 1", outputs: [.value("2")]))]),
        ]
    }

    func testBuildsIndexPagesAndAssets() throws {
        let out = try temporaryDirectory()
        let report = try builder(out).build(config: config, pages: pages())
        XCTAssertTrue(report.mathAvailable)
        XCTAssertEqual(report.written.filter { !$0.hasPrefix("assets/katex/fonts/") }, [
            "01-perceptron.html", "02-xor.html", "assets/katex/katex.min.css", "assets/katex/katex.min.js",
            "assets/lunr/lunr.min.js", "assets/page.js", "assets/search-index.js", "assets/search.js", "assets/style.css", "index.html", "part2/03-fashion.html",
        ])
        let index = try read(out, "index.html")
        let order = ["01-perceptron.html\">Perceptrons", "02-xor.html\">XOR", "part2/03-fashion.html\">Fashion"].map { index.range(of: $0)?.lowerBound }
        XCTAssertFalse(order.contains(nil), index)
        XCTAssertEqual(order.compactMap { $0 }, order.compactMap { $0 }.sorted())
        XCTAssertTrue(index.contains("<p>One neuron, one line.</p>"))
        XCTAssertTrue(index.contains("Six lessons"))
        let xor = try read(out, "02-xor.html")
        XCTAssertTrue(xor.contains("rel=\"prev\" href=\"01-perceptron.html\""))
        XCTAssertTrue(xor.contains("rel=\"next\" href=\"part2/03-fashion.html\""))
        XCTAssertTrue(xor.contains("assets/katex/katex.min.js"))
        let fashion = try read(out, "part2/03-fashion.html")
        XCTAssertTrue(fashion.contains("rel=\"prev\" href=\"../02-xor.html\""))
        XCTAssertFalse(fashion.contains("rel=\"next\""))
        XCTAssertFalse(fashion.contains("katex"), "no math on the page, no KaTeX")
        XCTAssertEqual(try read(out, "assets/style.css"), Theme.default.stylesheet)
        XCTAssertEqual(try read(out, "assets/page.js"), Theme.default.script)
        XCTAssertTrue(fashion.contains("<script src=\"../assets/page.js\"></script>"))
        // The sidebar lists every lesson, links relative to the page, the current one marked.
        XCTAssertTrue(fashion.contains("<nav class=\"toc toc-lessons\" aria-label=\"Course lessons\">"), fashion)
        XCTAssertTrue(fashion.contains("<li><a href=\"../01-perceptron.html\">Perceptrons</a></li>"), fashion)
        XCTAssertTrue(fashion.contains("<li><a href=\"../part2/03-fashion.html\" aria-current=\"page\">Fashion</a></li>"), fashion)
        XCTAssertTrue(index.contains("<script src=\"assets/page.js\"></script>"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent(StagedWriter.stagingName).path))
    }

    func testThemeFolderInOutputIsNeverTouched() throws {
        let out = try temporaryDirectory()
        let theme = out.appendingPathComponent("theme")
        try FileManager.default.createDirectory(at: theme, withIntermediateDirectories: true)
        try "/* mine */".write(to: theme.appendingPathComponent("style.css"), atomically: true, encoding: .utf8)
        try builder(out).build(config: config, pages: pages())
        try builder(out).build(config: config, pages: Array(pages().prefix(1)))
        XCTAssertEqual(try read(out, "theme/style.css"), "/* mine */")
    }

    func testRebuildRewritesOnlyChangedFiles() throws {
        let out = try temporaryDirectory()
        try builder(out).build(config: config, pages: pages("first"))
        func inode(_ path: String) throws -> Int {
            try XCTUnwrap(FileManager.default.attributesOfItem(atPath: out.appendingPathComponent(path).path)[.systemFileNumber] as? Int)
        }
        let paths = ["01-perceptron.html", "part2/03-fashion.html", "assets/style.css", "assets/katex/katex.min.js"]
        let before = try paths.map(inode)
        // Only the two pages with the marker change; a staged rename would give them new inodes.
        try builder(out).build(config: config, pages: pages("second"))
        let after = try paths.map(inode)
        XCTAssertNotEqual(before[0], after[0], "a changed page is replaced")
        XCTAssertEqual(Array(before[1...]), Array(after[1...]), "unchanged pages and assets stay as they are")
        XCTAssertTrue(try read(out, "01-perceptron.html").contains("second"))
    }

    func testStalePagesAreRemovedOnRebuild() throws {
        let out = try temporaryDirectory()
        try builder(out).build(config: config, pages: pages())
        let report = try builder(out).build(config: config, pages: Array(pages().prefix(2)))
        XCTAssertEqual(report.removed, ["part2/03-fashion.html"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("part2/03-fashion.html").path))
    }

    /// A failure mid-build (after some files were staged) leaves every file of the previous build as it was.
    func testFailedBuildLeavesPreviousSiteIntact() throws {
        let out = try temporaryDirectory()
        try builder(out).build(config: config, pages: pages("first build"))
        let before = try snapshot(out)
        var failing = builder(out)
        var staged = 0
        failing.beforeWrite = { path in
            staged += 1
            if staged == 3 { throw RenderError.io(path: path, message: "simulated crash") }
        }
        XCTAssertThrowsError(try failing.build(config: config, pages: pages("second build")))
        XCTAssertEqual(try snapshot(out), before)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent(StagedWriter.stagingName).path))
        // A stale staging folder (from a killed build) is cleared by the next build.
        try FileManager.default.createDirectory(at: out.appendingPathComponent(StagedWriter.stagingName + "/junk"), withIntermediateDirectories: true)
        try builder(out).build(config: config, pages: pages("third build"))
        XCTAssertTrue(try read(out, "01-perceptron.html").contains("third build"))
    }

    func testInvalidInputFailsBeforeWritingAnything() throws {
        let out = try temporaryDirectory()
        var bad = pages()
        bad.append(PageInput(title: "dup", path: "02-xor.html", blocks: []))
        XCTAssertThrowsError(try builder(out).build(config: config, pages: bad)) { XCTAssertEqual($0 as? RenderError, .duplicatePath("02-xor.html")) }
        XCTAssertThrowsError(try builder(out).build(config: config, pages: [PageInput(title: "i", path: "index.html", blocks: [])]))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path), [])
    }

    func testMissingKatexStillBuildsReadablePages() throws {
        let out = try temporaryDirectory()
        var b = builder(out)
        b.katexDirectory = URL(fileURLWithPath: "/nonexistent/katex")
        let report = try b.build(config: config, pages: pages())
        XCTAssertFalse(report.mathAvailable)
        XCTAssertEqual(report.warnings.count, 1)
        XCTAssertTrue(report.warnings[0].contains("libjs-katex"))
        XCTAssertFalse(try read(out, "02-xor.html").contains("katex"))
        XCTAssertTrue(try read(out, "02-xor.html").contains("<span class=\"math inline\">x^2</span>"))
        b.requireKatex = true
        XCTAssertThrowsError(try b.build(config: config, pages: pages()))
    }

    func testBuildsAreByteIdentical() throws {
        let a = try temporaryDirectory(), b = try temporaryDirectory()
        try builder(a).build(config: config, pages: pages())
        try builder(b).build(config: config, pages: pages())
        XCTAssertEqual(try snapshot(a), try snapshot(b))
    }

    // MARK: helpers

    /// KaTeX from a small fake folder so tests don't depend on the machine.
    func builder(_ out: URL) -> SiteBuilder {
        SiteBuilder(outputDirectory: out, katexDirectory: fakeKatex, lunrDirectory: fakeKatex)
    }

    /// The search index: one document per section (prose and code, no outputs), as a script.
    func testSearchIndexHasEverySectionAsAScript() throws {
        let out = try temporaryDirectory()
        let page = PageInput(title: "Loss", path: "part2/loss.html", blocks: [
            .markdown(Prose.parse("# Loss\n\nIntro words.\n\n## Cross-entropy & friends\n\nMeasures *surprise*.\n")),
            .cell(CellView(id: "train", source: "let crossEntropy = 1", outputs: [.text("OUTPUT-NOT-INDEXED")], executionIndex: 1)),
            .cell(CellView(id: "hidden", source: "secretHiddenCode()", hidden: true, executionIndex: 2)),
        ])
        try builder(out).build(config: config, pages: [page])
        let script = try read(out, "assets/search-index.js")
        XCTAssertTrue(script.hasPrefix("/* nbrun search index: one document per page section. */\nwindow.nbrunSearchDocuments = ["), script)
        XCTAssertTrue(script.contains(#"{"a":"loss","p":"part2/loss.html","s":"Loss","t":"Loss","x":"Intro words."}"#), script)
        XCTAssertTrue(script.contains(#"{"a":"cross-entropy--friends","p":"part2/loss.html","s":"Cross-entropy & friends","t":"Loss","x":"Measures surprise. let crossEntropy = 1"}"#), script)
        XCTAssertFalse(script.contains("OUTPUT-NOT-INDEXED"))
        XCTAssertFalse(script.contains("secretHiddenCode"))
        let html = try read(out, "part2/loss.html")
        XCTAssertTrue(html.contains("<form class=\"search\" role=\"search\" data-assets=\"../assets/\" data-root=\"../\">"), html)
        XCTAssertTrue(Theme.default.searchScript.contains("script.src = assets + files[next++]"), "loaded by <script>, not fetch")
        XCTAssertTrue(Theme.default.script.contains("+ \"search.js\""), "page.js loads the search code on first use")
        // Without lunr there is no search box and no index.
        let bare = try temporaryDirectory()
        var noLunr = builder(bare)
        noLunr.lunrDirectory = nil
        let report = try noLunr.build(config: config, pages: [page])
        XCTAssertFalse(report.written.contains("assets/search-index.js"))
        XCTAssertFalse(try read(bare, "part2/loss.html").contains("class=\"search\""))
    }

    lazy var fakeKatex: URL = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-katex-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir.appendingPathComponent("fonts"), withIntermediateDirectories: true)
        try? "/* katex css */".write(to: dir.appendingPathComponent("katex.min.css"), atomically: true, encoding: .utf8)
        try? "/* katex js */".write(to: dir.appendingPathComponent("katex.min.js"), atomically: true, encoding: .utf8)
        try? "font".write(to: dir.appendingPathComponent("fonts/KaTeX_Main-Regular.woff2"), atomically: true, encoding: .utf8)
        try? "/* lunr */".write(to: dir.appendingPathComponent("lunr.min.js"), atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }()

    func read(_ dir: URL, _ path: String) throws -> String {
        try String(contentsOf: dir.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every regular file under `dir` (hidden ones included) → its bytes.
    func snapshot(_ dir: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let base = dir.resolvingSymlinksInPath().path
        guard let e = FileManager.default.enumerator(at: dir.resolvingSymlinksInPath(), includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        for case let url as URL in e where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            result[String(url.resolvingSymlinksInPath().path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
        }
        return result
    }

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }
}

/// The machine's KaTeX (Debian's libjs-katex uses symlinks: katex.min.js → katex.js, fonts → ../../fonts/…).
final class SystemKatexTests: XCTestCase {
    func testCopiesRealFilesThroughSymlinks() throws {
        let system = SiteBuilder.defaultKatexDirectory
        try XCTSkipUnless(FileManager.default.fileExists(atPath: system.appendingPathComponent("katex.min.js").path), "libjs-katex not installed")
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-katex-site-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let report = try SiteBuilder(outputDirectory: out).build(config: SiteConfig(title: "t"), pages: [])
        XCTAssertTrue(report.mathAvailable)
        let js = out.appendingPathComponent("assets/katex/katex.min.js")
        let attributes = try FileManager.default.attributesOfItem(atPath: js.path)
        XCTAssertEqual(attributes[.type] as? FileAttributeType, .typeRegular, "a copy, not a link into /usr/share")
        XCTAssertGreaterThan((attributes[.size] as? Int) ?? 0, 100_000)
        XCTAssertTrue(report.written.contains("assets/katex/fonts/KaTeX_Main-Regular.woff2"))
        let fonts = report.written.filter { $0.hasPrefix("assets/katex/fonts/") }
        XCTAssertEqual(fonts.filter { !$0.hasSuffix(".woff2") }, [], "only woff2: browsers never ask for .woff or .ttf")
    }
}
