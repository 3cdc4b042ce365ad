import Foundation
import NotebookModel
import TestHelpers
import XCTest
@testable import Renderer

/// Prose from `Prose.parse` (NotebookModel's Swift values) written as HTML by the Renderer.
final class MarkdownHTMLTests: XCTestCase {
    let snapshots = Snapshot.directory(besides: #filePath)

    private func render(_ markdown: String, used: Set<String> = []) -> (html: String, headings: [TocEntry]) {
        var formatter = MarkdownHTML(used: used)
        let html = formatter.html(Prose.parse(markdown))
        return (html, formatter.headings)
    }

    /// Every GitHub extension in one document: tables with alignment, strikethrough, autolinks,
    /// task lists, footnotes, next to math, nested lists and raw HTML.
    func testGitHubFlavouredSnapshot() {
        let markdown = """
        # GFM $x^2$

        | layer | computation | parameters |
        |:---|:---:|---:|
        | `Dense(128)` | $W x + b$ | 100,480 |
        | ~~Dropout~~ | **none** | 0 |

        See www.example.com and https://example.org/a?b=1&c, or [docs](guide.md "The guide").

        - [x] load the data
        - [ ] train
          1. nested
          2. list

        > A quote with a footnote[^why] and another[^how], again[^why].

        ---

        $$
        L = \\frac{1}{n}
        $$

        <details><summary>More</summary>$a_1 * b_1 *$ stays math</details>

        [^why]: Because *GitHub* renders it.
        [^how]: Like this.
        """
        let html = render(markdown).html
        if let failure = Snapshot.check(html, named: "prose-gfm.html", in: snapshots) { XCTFail(failure) }
        XCTAssertTrue(html.contains("<th align=\"center\">computation</th>"), html)
        XCTAssertTrue(html.contains("<td align=\"right\">100,480</td>"), html)
        XCTAssertTrue(html.contains("<del>Dropout</del>"), html)
        XCTAssertTrue(html.contains("<a href=\"http://www.example.com\">www.example.com</a>"), html)
        XCTAssertTrue(html.contains("<input type=\"checkbox\" disabled=\"\" checked=\"\""), html)
        XCTAssertTrue(html.contains("<a href=\"#fn-1\" id=\"fnref-1-2\""), html)
        XCTAssertTrue(html.contains("<li id=\"fn-2\">"), html)
        XCTAssertTrue(html.contains("<div class=\"math display\" tabindex=\"0\">L = \\frac{1}{n}</div>"), html)
        XCTAssertTrue(html.contains("<span class=\"math inline\">a_1 * b_1 *</span>"), html)
    }

    func testMathSurvivesMarkdownUntouched() {
        let html = render("Loss $L = \\frac{1}{n}\\sum_i (y_i - \\hat y_i)^2$ and *emph*.\n\n$$\nw \\leftarrow w - \\eta \\nabla_w L\n$$\n").html
        XCTAssertTrue(html.contains(#"<span class="math inline">L = \frac{1}{n}\sum_i (y_i - \hat y_i)^2</span>"#), html)
        XCTAssertTrue(html.contains(#"<div class="math display" tabindex="0">w \leftarrow w - \eta \nabla_w L</div>"#), html)
        XCTAssertTrue(html.contains("<em>emph</em>"))
    }

    func testDollarsThatAreNotMath() {
        let html = render("It costs $20 and $30, see `a $b$ c` and \\$x\\$.\n").html
        XCTAssertFalse(html.contains("math"), html)
        XCTAssertTrue(html.contains("<code>a $b$ c</code>"), html)
    }

    func testMathInFencedCodeIsLeftAlone() {
        let html = render("```text\n$x$\n```\n").html
        XCTAssertTrue(html.contains("<code class=\"language-text\">$x$\n</code></pre>"), html)
    }

    func testHeadingAnchorsAreUniqueAcrossBlocks() {
        var formatter = MarkdownHTML()
        let first = formatter.html(Prose.parse("# The Loss\n\n## Setup\n"))
        let second = formatter.html(Prose.parse("## Setup\n\n## $x^2$ growth\n"))
        XCTAssertTrue(first.contains(#"<h1 id="the-loss">The Loss"#), first)
        XCTAssertEqual(formatter.headings.map(\.anchor), ["the-loss", "setup", "setup-1", "x2-growth"])
        XCTAssertEqual(formatter.headings.last?.text, "x^2 growth")
        XCTAssertTrue(second.contains(#"<h2 id="setup-1">Setup"#), second)
    }

    func testHeadingAnchorsAvoidTheIdsOfThePagesCells() {
        XCTAssertEqual(render("## Train\n\n## Train", used: ["train", "train-1"]).headings.map(\.anchor), ["train-2", "train-3"])
        XCTAssertEqual(render("## Data", used: ["train"]).headings.map(\.anchor), ["data"])
    }

    /// Footnotes defined after a cell still resolve: the notebook is parsed as one document.
    func testFootnotesResolveAcrossCells() throws {
        let notebook = try NotebookParser.parse(text: "Claim[^1].\n\n```swift\nlet x = 1\n```\n\n[^1]: Source.\n", path: "x.md")
        var formatter = MarkdownHTML()
        let html = notebook.blocks.compactMap { if case .prose(let p) = $0 { formatter.html(p.content) } else { nil } }.joined()
        XCTAssertTrue(html.contains("<sup class=\"footnote-ref\"><a href=\"#fn-1\""), html)
        XCTAssertTrue(html.contains("<li id=\"fn-1\">\n<p>Source."), html)
    }

    /// The course's lessons are written for GitHub: their nine tables must be tables here too.
    func testCourseTablesParseAsTables() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var counts: [String: Int] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: root.path + "/notebooks") where name.hasSuffix(".md") {
            let notebook = try NotebookParser.parse(text: try String(contentsOfFile: root.path + "/notebooks/" + name, encoding: .utf8), path: name)
            let tables = notebook.blocks.reduce(0) { sum, block in
                guard case .prose(let prose) = block else { return sum }
                return sum + prose.content.filter { if case .table = $0 { true } else { false } }.count
            }
            if tables > 0 { counts[String(name.prefix(3))] = tables }
        }
        XCTAssertEqual(counts, ["01-": 3, "02a": 1, "03-": 1, "04-": 1, "05-": 1, "07-": 2, "09-": 1])
    }

    /// Deep nesting is flattened, never recursed into without bound.
    func testDeepNestingIsBounded() {
        let html = render(String(repeating: ">", count: 5000) + " deep\n").html
        XCTAssertTrue(html.contains("deep"))
    }
}
