import Foundation
import NotebookModel
import TestHelpers
import XCTest
@testable import Renderer

/// A full lesson page: snapshot, determinism, self-containment, math handling.
final class PageTests: XCTestCase {
    let snapshots = Snapshot.directory(besides: #filePath)

    func testPageSnapshot() throws {
        let html = try PageRenderer().render(Fixtures.page)
        if let failure = Snapshot.check(html, named: "page-lesson.html", in: snapshots) { XCTFail(failure) }
    }

    func testPageIsDeterministic() throws {
        XCTAssertEqual(try PageRenderer().render(Fixtures.page), try PageRenderer().render(Fixtures.page))
    }

    /// Nothing on the page may leave it: no http(s) URLs except SVG's namespace name, no protocol-relative links.
    func testNoExternalRequests() throws {
        let html = try PageRenderer().render(Fixtures.page)
        let stripped = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        XCTAssertFalse(stripped.contains("http://"))
        XCTAssertFalse(stripped.contains("https://"))
        XCTAssertFalse(stripped.contains("src=\"//"))
        XCTAssertFalse(stripped.contains("href=\"//"))
        XCTAssertFalse(html.contains("@import"))
    }

    func testPageStructure() throws {
        let html = try PageRenderer().render(Fixtures.page)
        // Assets and links relative to lessons/.
        XCTAssertTrue(html.contains("<link rel=\"stylesheet\" href=\"../assets/style.css\">"))
        XCTAssertTrue(html.contains("<link rel=\"stylesheet\" href=\"../assets/katex/katex.min.css\">"))
        XCTAssertTrue(html.contains("<script src=\"../assets/katex/katex.min.js\"></script>"))
        XCTAssertTrue(html.contains("href=\"../lessons/01-perceptron.html\""))
        XCTAssertTrue(html.contains("href=\"../index.html\""))
        // TOC from h2/h3, with the duplicate heading made unique.
        XCTAssertTrue(html.contains("<li class=\"toc-level-2\"><a href=\"#build-the-model\">Build the model</a></li>"))
        XCTAssertTrue(html.contains("<li class=\"toc-level-2\"><a href=\"#build-the-model-2\">Build the model</a></li>"))
        XCTAssertTrue(html.contains("<li class=\"toc-level-3\"><a href=\"#curves\">Curves</a></li>"))
        XCTAssertFalse(html.contains("toc-level-1"))
        // The prose has an h1, so the template doesn't add another.
        XCTAssertEqual(html.components(separatedBy: "<h1").count - 1, 1)
        // Cells: anchors, hidden source, error styling.
        XCTAssertTrue(html.contains("<div class=\"cell\" id=\"train\">"))
        XCTAssertTrue(html.contains("<div class=\"cell source-hidden\" id=\"cell-4\">"))
        XCTAssertFalse(html.contains("showConfusion"))
        XCTAssertTrue(html.contains("<div class=\"cell expected-error demo\" id=\"cell-5\">"))
        XCTAssertTrue(html.contains("<pre class=\"output output-log\" tabindex=\"0\">Epoch 1/2\n150/150"))
        XCTAssertTrue(html.contains("<td class=\"num\">100,480</td>"))
        XCTAssertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"nb-figure\" id=\"fig-1\""))
        XCTAssertTrue(html.contains("x &lt; y &amp;&amp; done"))
        XCTAssertTrue(html.contains("<title>Fashion-MNIST with a dense network · Deep Learning in Swift</title>"))
        XCTAssertTrue(html.contains("content=\"Train a 784-128-10 classifier &amp; read its errors.\""))
    }

    /// Copy buttons, link names unique on the page, and every region that may scroll focusable.
    func testCellChromeIsAccessible() throws {
        let html = try PageRenderer().render(Fixtures.page)
        XCTAssertTrue(html.contains("<div class=\"cell-bar\">\n<a class=\"cell-label\" href=\"#train\" aria-label=\"Link to cell 3: train\">[3]</a>\n</div>"), html)
        let names = html.components(separatedBy: "aria-label=\"Link to ").dropFirst().map { $0.prefix { $0 != "\"" } }
        XCTAssertGreaterThan(names.count, 2)
        XCTAssertEqual(Set(names).count, names.count, "link names repeat: \(names)")
        XCTAssertEqual(html.components(separatedBy: "<pre class=\"code\" tabindex=\"0\">").count - 1,
                       html.components(separatedBy: "<div class=\"cell-bar\">").count - 1, "each shown cell: focusable code, a bar for its copy button")
        XCTAssertTrue(Theme.default.script.contains("button.className = \"copy-button\""), "page.js adds the buttons")
        for region in ["<figure class=\"output output-figure\" tabindex=\"0\">", "<div class=\"output output-summary\" tabindex=\"0\">"] {
            XCTAssertTrue(html.contains(region), region)
        }
        XCTAssertFalse(html.contains("Link to this cell"))
        XCTAssertTrue(Theme.default.script.contains("navigator.clipboard.writeText(text)"))
        XCTAssertTrue(Theme.default.stylesheet.contains(":focus-visible { outline: 2px solid var(--accent)"))
    }

    /// A failed cell is announced at the top with a link; cells that never ran are marked.
    func testProblemSummaryLinksFailedCellsAndCountsCellsThatDidNotRun() throws {
        let error = CellError(kind: .runtime, message: "Index out of range", path: "x.md", line: 2, column: 1)
        let page = PageInput(title: "T", path: "t.html", blocks: [
            .markdown(Prose.parse("## Setup\n")),
            .cell(CellView(id: "cell-1", source: "let a = 1", executionIndex: 1)),
            .markdown(Prose.parse("## Training\n")),
            .cell(CellView(id: "train", source: "a[3]", outputs: [.error(error)], executionIndex: 2)),
            .cell(CellView(id: "demo", source: "b[3]", outputs: [.error(error)], executionIndex: 3, expectError: true)),
            .cell(CellView(id: "cell-4", source: "print(a)", classes: ["not-run"])),
            .cell(CellView(id: "cell-5", source: "print(b)", classes: ["not-run"])),
        ])
        let html = try PageRenderer().render(page)
        if let failure = Snapshot.check(html, named: "page-with-errors.html", in: snapshots) { XCTFail(failure) }
        XCTAssertTrue(html.contains("<div class=\"problem-summary\" role=\"status\">\n<p><strong>1 cell failed; 2 cells did not run</strong>: <a href=\"#train\">cell 2: train</a> </p>"), html)
        XCTAssertEqual(html.components(separatedBy: "<span class=\"cell-status\">not run</span>").count - 1, 2)
        XCTAssertFalse(try PageRenderer().render(Fixtures.page).contains("problem-summary"), "an expected error is no problem")
        XCTAssertTrue(html.contains("<li class=\"toc-level-2 toc-failed\"><a href=\"#training\">Training<span class=\"visually-hidden\"> (a cell here failed)</span></a></li>"), html)
        XCTAssertTrue(html.contains("<li class=\"toc-level-2\"><a href=\"#setup\">Setup</a></li>"), html)
    }

    /// The failing line is named in the cell's own numbering and highlighted; line numbers on request.
    func testErrorLineIsTheCellsLineAndIsHighlighted() throws {
        let error = CellError(kind: .runtime, message: "Index out of range", path: "x.md", line: 11, column: 12)
        var cell = CellView(id: "cell-2", source: "/* a\nb */ let xs = [1]\nprint(xs[3])", outputs: [.error(error)], executionIndex: 2)
        cell.firstLine = 9
        var outputs = OutputHTML()
        let html = PageRenderer.cell(cell, outputs: &outputs)
        XCTAssertTrue(html.contains("<strong>Runtime error</strong> at line 3 of the cell, column 12</p>"), html)
        XCTAssertTrue(html.contains("<span class=\"line\"><span class=\"hl-com\">/* a</span></span>\n<span class=\"line\"><span class=\"hl-com\">b */</span>"), html)
        XCTAssertTrue(html.contains("<span class=\"line error-line\"><span class=\"hl-fn\">print</span>"), html)
        XCTAssertFalse(html.contains("line-numbers"))
        cell.lineNumbers = true
        cell.outputs = []
        let numbered = PageRenderer.cell(cell, outputs: &outputs)
        XCTAssertTrue(numbered.contains("<pre class=\"code line-numbers\" tabindex=\"0\">"), numbered)
        XCTAssertEqual(numbered.components(separatedBy: "<span class=\"line\">").count - 1, 3)
        XCTAssertFalse(try PageRenderer().render(Fixtures.page).contains("class=\"line"), "other cells stay unwrapped")
    }

    func testFigureIdsAreUniqueAcrossThePage() throws {
        var page = Fixtures.page
        page.blocks.append(.cell(CellView(id: "more", source: "plot(history)", outputs: [.figure(.history(Fixtures.lossHistory))])))
        let html = try PageRenderer().render(page)
        XCTAssertTrue(html.contains("id=\"fig-1\""))
        XCTAssertTrue(html.contains("id=\"fig-2\""))
        XCTAssertTrue(html.contains("fig-2-p0-clip"))
    }

    func testMathAssetsOnlyWhenNeededAndAvailable() throws {
        var page = Fixtures.page
        XCTAssertFalse(try PageRenderer(options: .init(mathAvailable: false)).render(page).contains("katex"))
        page.blocks = [.prose(html: "<p>No math here.</p>")]
        XCTAssertFalse(try PageRenderer().render(page).contains("katex"))
    }

    func testTitleShownWhenProseHasNoH1AndGivenTocUsed() throws {
        let page = PageInput(title: "XOR", path: "xor.html", blocks: [.prose(html: "<h2>Data</h2>")],
                             toc: [TocEntry(level: 2, text: "Only this", anchor: "data")])
        let html = try PageRenderer().render(page)
        XCTAssertTrue(html.contains("<h1 class=\"page-title\">XOR</h1>"))
        XCTAssertTrue(html.contains("<a href=\"#data\">Only this</a>"))
        XCTAssertTrue(html.contains("href=\"assets/style.css\""))
        XCTAssertFalse(html.contains("rel=\"prev\""))
    }

    func testInvalidPathsAreRejected() {
        for path in ["", "/abs.html", "../up.html", "a/../b.html", "x.md", ".hidden.html", "assets/x.html", "theme/page.html", "a//b.html"] {
            XCTAssertThrowsError(try PageRenderer().render(PageInput(title: "t", path: path, blocks: [])), path)
        }
    }
}
