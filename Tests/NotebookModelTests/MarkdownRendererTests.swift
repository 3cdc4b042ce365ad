import XCTest
@testable import NotebookModel

final class MarkdownRendererTests: XCTestCase {
    func testMathSurvivesMarkdownUntouched() {
        let (html, _) = MarkdownRenderer().render("Loss $L = \\frac{1}{n}\\sum_i (y_i - \\hat y_i)^2$ and *emph*.\n\n$$\nw \\leftarrow w - \\eta \\nabla_w L\n$$\n")
        XCTAssertTrue(html.contains(#"<span class="math inline">L = \frac{1}{n}\sum_i (y_i - \hat y_i)^2</span>"#), html)
        XCTAssertTrue(html.contains(#"<div class="math display">w \leftarrow w - \eta \nabla_w L</div>"#), html)
        XCTAssertTrue(html.contains("<em>emph</em>"))
    }

    func testDollarsThatAreNotMath() {
        let (html, _) = MarkdownRenderer().render("It costs $20 and $30, see `a $b$ c` and \\$x\\$.\n")
        XCTAssertFalse(html.contains("math"), html)
        XCTAssertTrue(html.contains("<code>a $b$ c</code>"), html)
    }

    func testMathInFencedCodeIsLeftAlone() {
        let (html, _) = MarkdownRenderer().render("```text\n$x$\n```\n")
        XCTAssertTrue(html.contains("<pre><code class=\"language-text\">$x$\n</code></pre>"), html)
    }

    func testHeadingAnchorsAreUniqueAcrossBlocks() {
        let renderer = MarkdownRenderer()
        let first = renderer.render("# The Loss\n\n## Setup\n")
        let second = renderer.render("## Setup\n\n## $x^2$ growth\n")
        XCTAssertTrue(first.html.contains(#"<h1 id="the-loss">The Loss</h1>"#), first.html)
        XCTAssertEqual(first.headings.map(\.anchor), ["the-loss", "setup"])
        XCTAssertEqual(second.headings.map(\.anchor), ["setup-1", "x2-growth"])
        XCTAssertEqual(second.headings.last?.text, "x^2 growth")
        XCTAssertTrue(second.html.contains(#"<h2 id="setup-1">Setup</h2>"#), second.html)
    }

    func testEscaping() {
        XCTAssertEqual(XMLEscaping.html("<a href=\"x\">&'"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;")
    }

    func testHeadingAnchorsAvoidTheIdsOfThePagesCells() {
        let markdown = MarkdownRenderer(reservedAnchors: ["train", "train-1"])
        XCTAssertEqual(markdown.render("## Train\n\n## Train").headings.map(\.anchor), ["train-2", "train-3"])
        XCTAssertEqual(markdown.render("## Data").headings.map(\.anchor), ["data"])
    }
}
