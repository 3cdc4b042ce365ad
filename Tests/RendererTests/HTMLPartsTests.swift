import NotebookModel
import XCTest
@testable import Renderer

/// Model summary table, syntax highlighting, heading anchors.
final class HTMLPartsTests: XCTestCase {
    func testSummaryTableFor784x128x10() {
        let html = ModelSummaryHTML.html(Fixtures.summary)
        XCTAssertTrue(html.contains("<th scope=\"col\">Layer (type)</th><th scope=\"col\">Output Shape</th><th scope=\"col\" class=\"num\">Param #</th>"))
        XCTAssertTrue(html.contains("<tr><td>dense (Dense)</td><td><code>(None, 128)</code></td><td class=\"num\">100,480</td></tr>"))
        XCTAssertTrue(html.contains("<td class=\"num\">1,290</td>"))
        XCTAssertEqual(ModelSummaryHTML.totalsLines(Fixtures.summary), [
            "Total params: 101,770 (397.54 KB)",
            "Trainable params: 101,770 (397.54 KB)",
            "Non-trainable params: 0 (0.00 B)",
        ])
        XCTAssertTrue(html.contains("Model: &quot;sequential&quot;") || html.contains("Model: \"sequential\""))
    }

    func testSummaryAfterTrainingShowsKerasOptimizerLine() {
        // Keras 3.15.1, 784-128-10 after RMSprop training (docs/performance.md, "Printed formats").
        var trained = Fixtures.summary
        trained.totalParams = 203_542
        trained.optimizerParams = 101_772
        XCTAssertEqual(ModelSummaryHTML.totalsLines(trained), [
            "Total params: 203,542 (795.09 KB)",
            "Trainable params: 101,770 (397.54 KB)",
            "Non-trainable params: 0 (0.00 B)",
            "Optimizer params: 101,772 (397.55 KB)",
        ])
    }

    func testHighlighterClassifiesAndEscapes() {
        let html = CodeHighlighter.html("let x: Int = 1 < 2 ? 3 : 4 // note\nprint(\"a&b\", terminator: \"\")\n")
        XCTAssertTrue(html.hasPrefix("<span class=\"hl-kw\">let</span> x: <span class=\"hl-type\">Int</span> = <span class=\"hl-num\">1</span> <span class=\"hl-op\">&lt;</span> "), html)
        XCTAssertTrue(html.contains("<span class=\"hl-com\">// note</span>"))
        XCTAssertTrue(html.contains("<span class=\"hl-fn\">print</span>("))
        XCTAssertTrue(html.contains("<span class=\"hl-str\">\"a&amp;b\"</span>"), html)
        XCTAssertTrue(html.contains("<span class=\"hl-label\">terminator</span>"), html)
    }

    /// A long run of `[` (exponential for swift-syntax's parser; found by the fuzzer) is shown
    /// unhighlighted instead of parsed: before the guard this test ran for hours.
    func testHighlighterLeavesLongBracketRunsUnparsed() {
        let source = "v" + String(repeating: "[ ", count: 40) + "1 < 2"
        XCTAssertEqual(CodeHighlighter.html(source), "v" + String(repeating: "[ ", count: 40) + "1 &lt; 2")
        XCTAssertTrue(CodeHighlighter.html("[[[1]]]").contains("hl-num"))
    }

    /// Highlighting never changes the code's text, even for invalid or unusual source.
    func testHighlighterPreservesSourceText() {
        let sources = ["", "let π = 3.14 /* é */", "func f( {", "x = \"unterminated", "#if DEBUG\nlet a = 1\n#endif",
                       "let s = \"\"\"\n  multi\n  \"\"\"", "\t\u{1F600} emoji", "a <b> & c"]
        for source in sources {
            XCTAssertEqual(HeadingAnchors.decodeEntities(HeadingAnchors.stripTags(CodeHighlighter.html(source))), source)
        }
    }

    func testHeadingAnchorsAndToc() {
        var anchors = HeadingAnchors(used: ["cell-1", "setup"])
        let (html, entries) = anchors.process("<h1>Title</h1>\n<h2>Setup</h2>\n<p>x</p>\n<h2 id=\"keep\">Kept &amp; <em>used</em></h2>\n<h3>Setup</h3>\n<h2>Über 2 layers!</h2>")
        XCTAssertEqual(html, "<h1 id=\"title\">Title</h1>\n<h2 id=\"setup-2\">Setup</h2>\n<p>x</p>\n<h2 id=\"keep\">Kept &amp; <em>used</em></h2>\n<h3 id=\"setup-3\">Setup</h3>\n<h2 id=\"über-2-layers\">Über 2 layers!</h2>")
        XCTAssertEqual(entries, [
            TocEntry(level: 1, text: "Title", anchor: "title"), TocEntry(level: 2, text: "Setup", anchor: "setup-2"),
            TocEntry(level: 2, text: "Kept & used", anchor: "keep"), TocEntry(level: 3, text: "Setup", anchor: "setup-3"),
            TocEntry(level: 2, text: "Über 2 layers!", anchor: "über-2-layers"),
        ])
    }

    func testHeadingScannerIgnoresLookalikes() {
        var anchors = HeadingAnchors()
        let input = "<header>h</header><hr><h7>x</h7><h2>unclosed"
        XCTAssertEqual(anchors.process(input).html, input)
    }

    func testErrorOutputShowsRenderedTextKindAndLine() {
        let error = CellError(kind: .syntax, message: "expected ')'", path: "a.md", line: 12, column: 5,
                              rendered: "a.md:12:5: error: expected ')'\nf(1\n    ^")
        let html = OutputHTML.error(error)
        XCTAssertTrue(html.contains("role=\"alert\""))
        XCTAssertTrue(html.contains("<strong>Syntax error</strong> at line 12, column 5"))
        XCTAssertTrue(html.contains("<pre class=\"error-text\" tabindex=\"0\">a.md:12:5: error: expected &#39;)&#39;") || html.contains("<pre class=\"error-text\" tabindex=\"0\">a.md:12:5: error: expected ')'"))
        let bare = OutputHTML.error(CellError(kind: .runtime, message: "boom <x>", path: "", line: 0, column: 0))
        XCTAssertTrue(bare.contains("<pre class=\"error-text\" tabindex=\"0\">boom &lt;x&gt;</pre>"))
    }

    func testCellsPast64KiBAreShownUnhighlighted() {
        let sum = "let x = " + Array(repeating: "1", count: 40_000).joined(separator: "+")
        let html = CodeHighlighter.html(sum)
        XCTAssertFalse(html.contains("<span"))
        XCTAssertTrue(html.hasPrefix("let x = 1+1+"))
        XCTAssertTrue(CodeHighlighter.html("let x = 1").contains("<span"))
    }
}
