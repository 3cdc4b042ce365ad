import Foundation
import NotebookModel
import TestHelpers
import XCTest
@testable import Renderer

/// Exercise and test cells, check summaries, numbered figures, chart data tables, image grids,
/// the published notebook and the edit link (issue 13's student-facing pieces).
final class CourseFeatureTests: XCTestCase {
    let snapshots = Snapshot.directory(besides: #filePath)

    static func cell(_ id: String, _ source: String, index: Int, outputs: [CellOutput] = [],
                     role: CellRole = .code, checks: CheckSummary? = nil) -> PageBlock {
        var view = CellView(id: id, source: source, outputs: outputs, executionIndex: index)
        view.role = role
        view.checks = checks
        return .cell(view)
    }

    /// A student page: an exercise stub that failed, its visible tests, a passing and a failing test.
    static var exercisePage: PageInput {
        let stub = CellError(kind: .runtime, message: "exercise relu: write your solution here", path: "lessons/relu.md",
                             line: 12, column: 5, rendered: "", trace: [])
        let failed = CellError(kind: .host, message: "relu(-1) should be 0", path: "lessons/relu.md", line: 20, column: 1,
                               rendered: "", trace: [])
        var page = PageInput(title: "ReLU", path: "lessons/relu.html", blocks: [
            .markdown([.heading(level: 1, [.text("ReLU")])]),
            cell("cell-1", "func relu(_ x: Double) -> Double {\n    fatalError(\"exercise relu: write your solution here\")\n}\nrelu(1)",
                 index: 1, outputs: [.error(stub)], role: .exercise(points: 2)),
            cell("cell-2", "check(relu(2) == 2)\ncheck(relu(0) == 0)\ncheckEqual(relu(3), 3)", index: 2,
                 role: .test(hidden: false), checks: CheckSummary(made: 3)),
            cell("cell-3", "check(relu(2) == 2)\ncheck(relu(-1) == 0, \"relu(-1) should be 0\")", index: 3, outputs: [.error(failed)],
                 role: .test(hidden: false), checks: CheckSummary(made: 2, failure: "relu(-1) should be 0")),
            cell("cell-4", "check(relu(-0.5) == 0)", index: 4, role: .test(hidden: true), checks: CheckSummary(made: 1)),
            cell("cell-5", "relu(1.5)", index: 5, outputs: [.value("1.5")], role: .exercise(points: 1.5)),
        ], siteTitle: "Course", sourcePath: "lessons/relu.md")
        page.notebook = PublishedNotebook(path: "lessons/relu.md", text: "# ReLU\n")
        page.editURL = "https://example.org/edit/lessons/relu.md"
        return page
    }

    func testExercisePageSnapshot() throws {
        let html = try PageRenderer().render(Self.exercisePage)
        if let failure = Snapshot.check(html, named: "page-exercises.html", in: snapshots) { XCTFail(failure) }
        XCTAssertTrue(html.contains("<div class=\"cell exercise has-error\" id=\"cell-1\">"))
        XCTAssertTrue(html.contains("<span class=\"cell-role\">Exercise · 2 points</span>"))
        XCTAssertTrue(html.contains("<span class=\"cell-role\">Exercise · 1.5 points</span>"))
        XCTAssertTrue(html.contains("<div class=\"cell test\" id=\"cell-2\">"))
        XCTAssertTrue(html.contains("<span class=\"cell-role\">Tests</span>"))
        XCTAssertTrue(html.contains("<div class=\"cell test hidden-test\" id=\"cell-4\">"))
        XCTAssertTrue(html.contains("<span aria-hidden=\"true\">✓</span> 3 checks passed</p>"))
        XCTAssertTrue(html.contains("<span aria-hidden=\"true\">✓</span> 1 check passed</p>"))
        XCTAssertTrue(html.contains("✗</span> Check 2 failed: relu(-1) should be 0 (1 check passed before it)</p>"))
        XCTAssertTrue(html.contains("<a class=\"download-notebook\" href=\"../lessons/relu.md\" download>Download notebook</a>"))
        XCTAssertTrue(html.contains("<a class=\"edit-page\" href=\"https://example.org/edit/lessons/relu.md\">Edit this page</a>"))
    }

    func testATestCellThatFailsBeforeAnyCheckSaysSo() {
        var view = CellView(id: "t", source: "check(missing == 1)", outputs: [.error(CellError(kind: .compile, message: "cannot find 'missing' in scope",
                                                                                                 path: "a.md", line: 1, column: 7, rendered: "", trace: []))])
        view.role = .test(hidden: false)
        XCTAssertEqual(CellRoleHTML.summary(view),
                       "<p class=\"check-summary check-failed\"><span aria-hidden=\"true\">✗</span> The tests stopped with an error before any check passed</p>\n")
        view.role = .code
        XCTAssertEqual(CellRoleHTML.summary(view), "", "ordinary cells without checks say nothing")
    }

    /// Captioned cells, a reference to one from prose, every chart's data table, and the HTML image grid.
    static var figurePage: PageInput {
        var loss = CellView(id: "cell-1", source: "plot(history)", outputs: [.figure(.history(Fixtures.lossHistory))], executionIndex: 1)
        loss.caption = "Loss & accuracy per epoch"
        loss.figureLabel = "fig-loss"
        var second = CellView(id: "cell-2", source: "plot(bars)", outputs: [.figure(Fixtures.figures[6].figure)], executionIndex: 2)
        second.caption = "Accuracy by optimizer"
        var blocks: [PageBlock] = [
            .markdown([.paragraph([.text("See "), .link(destination: "#fig-loss", title: "", []), .text(" and "),
                                   .link(destination: "#figure-2", title: "", [.text("the bars")]), .text(".")])]),
            .cell(loss), .cell(second),
        ]
        for (i, fixture) in Fixtures.figures.enumerated() where ![1, 6].contains(i) {
            blocks.append(.cell(CellView(id: "chart-\(fixture.name)", source: "plot()", outputs: [.figure(fixture.figure)], executionIndex: 3 + i)))
        }
        return PageInput(title: "Figures", path: "figures.html", blocks: blocks)
    }

    func testFigurePageSnapshot() throws {
        let body = PageRenderer.body(Self.figurePage.blocks).html
        if let failure = Snapshot.check(body, named: "body-figures.html", in: snapshots) { XCTFail(failure) }
        XCTAssertTrue(body.contains("<a href=\"#fig-loss\">Figure 1</a>"), "[](#label) is numbered")
        XCTAssertTrue(body.contains("<a href=\"#figure-2\">the bars</a>"))
        XCTAssertTrue(body.contains("<figure class=\"cell-outputs captioned\" id=\"fig-loss\">"))
        XCTAssertTrue(body.contains("<figcaption><span class=\"figure-number\">Figure 1:</span> Loss &amp; accuracy per epoch</figcaption>"))
        XCTAssertTrue(body.contains("<figure class=\"cell-outputs captioned\" id=\"figure-2\">"))
        XCTAssertTrue(body.contains("<figcaption><span class=\"figure-number\">Figure 2:</span> Accuracy by optimizer</figcaption>"))
        for kind in ["line chart", "bar chart", "scatter plot", "heatmap", "histogram"] {
            XCTAssertTrue(body.contains("<caption>Data of the \(kind)"), "a data table for the \(kind)")
        }
        XCTAssertTrue(body.contains("(20 of 60 rows, evenly spaced; the chart shows all)"), "long tables are capped and say so")
        XCTAssertTrue(body.contains("<ol class=\"image-grid\" style=\"--columns: 6\">"))
        XCTAssertTrue(body.contains("<li class=\"wrong\"><img src=\"data:image/png;base64,"))
        XCTAssertFalse(body.contains("panel-image-grid"), "image grids are HTML on pages, not SVG")
    }

    func testFigureAnchorsNeverCollideWithCellsOrSVGIDs() {
        var a = CellView(id: "cell-1", source: "", executionIndex: 1)
        a.caption = "A"
        a.figureLabel = "cell-2"
        var b = CellView(id: "cell-2", source: "", executionIndex: 2)
        b.caption = "B"
        b.figureLabel = "fig-1"
        var used: Set<String> = ["cell-1", "cell-2"]
        let captions = FigureCaptions([.cell(a), .cell(b)], used: &used)
        XCTAssertEqual(captions.numbers, ["cell-2-2": 1, "fig-1-2": 2])
    }

    func testChartTableCapsHeatmapColumns() {
        let values = (0..<3).map { r in (0..<15).map { Double(r * 15 + $0) } }
        let panel = HeatmapPanel(rowLabels: ["a", "b", "c"],
                                 columnLabels: (0..<15).map { "c\($0)" }, values: values, integerValues: true)
        let html = ChartDataTable.table(.heatmap(panel))
        XCTAssertTrue(html.contains("<caption>Data of the heatmap (first 12 of 15 columns)</caption>"))
        XCTAssertTrue(html.contains("<tr><th scope=\"row\">c</th><td>30</td>"))
        XCTAssertFalse(html.contains("c12"))
    }
}
