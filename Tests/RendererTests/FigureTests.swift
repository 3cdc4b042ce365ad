import Foundation
import NotebookModel
import TestHelpers
import XCTest
@testable import Renderer

/// Every figure kind: snapshot, well-formed SVG, deterministic, accessible.
final class FigureTests: XCTestCase {
    let snapshots = Snapshot.directory(besides: #filePath)

    func testFigureSnapshots() {
        for (name, figure) in Fixtures.figures {
            let svg = FigureRenderer.svg(figure, id: "fig-1")
            if let failure = Snapshot.check(svg, named: "figure-\(name).svg", in: snapshots) { XCTFail(failure) }
        }
    }

    func testFiguresAreWellFormedAndAccessible() {
        for (name, figure) in Fixtures.figures {
            let svg = FigureRenderer.svg(figure, id: "fig-7")
            let parsed = XMLCheck.parse(svg)
            XCTAssertNil(parsed.error, "\(name): \(parsed.error ?? "")")
            XCTAssertEqual(parsed.elements.first, "svg", name)
            XCTAssertEqual(parsed.elements.dropFirst().first, "title", "\(name): <title> must come first for screen readers")
            XCTAssertTrue(svg.contains("role=\"img\""), name)
            XCTAssertTrue(svg.contains("aria-label=\"\(XMLEscaping.attribute(figure.title))\""), name)
            XCTAssertFalse(svg.contains("NaN") || svg.contains("inf"), "\(name) printed a non-finite number")
        }
    }

    func testRenderingIsDeterministic() {
        for (name, figure) in Fixtures.figures {
            XCTAssertEqual(FigureRenderer.svg(figure, id: "fig-2"), FigureRenderer.svg(figure, id: "fig-2"), name)
        }
    }

    func testIdsDeriveFromTheGivenId() {
        let svg = FigureRenderer.svg(Fixtures.figures[0].figure, id: "fig-42")
        XCTAssertTrue(svg.contains("id=\"fig-42-p0-clip\""))
        XCTAssertTrue(svg.contains("url(#fig-42-p0-clip)"))
    }

    func testHistoryHasLossThenAccuracyPanelsWithTrainAndValidation() {
        let figure = Figure.history(Fixtures.lossHistory)
        XCTAssertEqual(figure.panels.count, 2)
        guard case .line(let loss) = figure.panels[0], case .line(let accuracy) = figure.panels[1] else {
            return XCTFail("expected two line panels")
        }
        XCTAssertEqual(loss.labels.title, "Loss")
        XCTAssertEqual(accuracy.labels.title, "Accuracy")
        XCTAssertEqual(loss.series.map(\.name), ["train", "validation"])
        XCTAssertEqual(loss.series[1].y, [0.6102, 0.5003, 0.4601, 0.4382, 0.4290])
        XCTAssertEqual(loss.series[0].resolvedX, [1, 2, 3, 4, 5])
    }

    func testDictionaryHistoryIsOrderedDeterministically() {
        let dict = Dictionary(uniqueKeysWithValues: Fixtures.lossHistory.map { ($0.name, $0.values) })
        XCTAssertEqual(Figure.history(dict), Figure.history(Fixtures.lossHistory))
    }

    func testImageGridHighlightsOnlyWrongPredictions() {
        let panel = ImageGridPanel.predictions((0..<3).map(Fixtures.syntheticImage), predicted: [1, 2, 3], actual: [1, 0, 3],
                                               classNames: Fixtures.fashionClasses)
        XCTAssertEqual(panel.items.map(\.highlighted), [false, true, false])
        XCTAssertEqual(panel.items[1].caption, "Pullover\ntrue: T-shirt/top")
        let svg = FigureRenderer.svg(.images(title: "x", panel), id: "f")
        XCTAssertEqual(svg.components(separatedBy: "class=\"wrong\"").count - 1, 1)
        XCTAssertEqual(svg.components(separatedBy: "data:image/png;base64,").count - 1, 3)
    }

    func testConfusionMatrixCountsAndLabels() {
        let panel = HeatmapPanel.confusionMatrix(predicted: [0, 1, 1, 2, 2, 2], actual: [0, 1, 2, 2, 2, 0], classNames: ["a", "b", "c"])
        XCTAssertEqual(panel.values, [[1, 0, 1], [0, 1, 0], [0, 1, 2]])
        let svg = FigureRenderer.svg(Figure(title: "cm", panel: .heatmap(panel)), id: "f")
        XCTAssertTrue(svg.contains(">2</text>"))
        XCTAssertTrue(svg.contains(">Predicted label</text>"))
        // The text alternative carries the data a sighted reader looks for: the biggest mistakes.
        XCTAssertTrue(svg.contains("Largest: c × c 2, a × a 1, a × c 1. Largest off the diagonal: a × c 1, c × b 1.</desc>"), svg)
        let bars = FigureRenderer.describe(.bar(BarPanel(categories: ["x", "y"], series: [.init(name: "", values: [3, 0.25])])))
        XCTAssertEqual(bars, "Bar chart over 2 categories: x 3, y 0.25.")
    }

    func testHistogramBinsEveryFiniteValueOnce() {
        let values = [0, 0.5, 1, 1, 2, .nan, 3, 4]
        let h = Histogram(series: [values], bins: 4)
        XCTAssertEqual(h.edges, [0, 1, 2, 3, 4])
        XCTAssertEqual(h.counts, [[2, 2, 1, 2]]) // last bin is closed: 4 falls in [3, 4]
        XCTAssertEqual(Histogram(series: [[5, 5, 5]], bins: nil).counts.first?.reduce(0, +), 3)
        XCTAssertEqual(Histogram(series: [[-Double.greatestFiniteMagnitude, Double.greatestFiniteMagnitude]], bins: 3).counts.first?.reduce(0, +), 2)
    }

    /// Hostile data must not trap: empty, non-finite, mismatched sizes.
    func testDegenerateInputsRenderWithoutTrapping() {
        let figures: [Figure] = [
            Figure(title: ""),
            .line(title: "empty", series: []),
            .line(title: "nan", series: [.init(name: "a", y: [.nan, .infinity, -.infinity])]),
            .line(title: "flat", series: [.init(name: "a", y: [3, 3, 3])]),
            .line(title: "huge", series: [.init(name: "a", y: [-Double.greatestFiniteMagnitude, Double.greatestFiniteMagnitude])]),
            .scatter(title: "short classes", points: LabeledPoints(x: [1, 2, 3], y: [1], classes: [-4])),
            .decisionBoundary(title: "bad grid", DecisionBoundaryPanel(xRange: AxisRange(1, -1), yRange: AxisRange(0, 0), columns: 3, rows: 2, probabilities: [0.1], points: LabeledPoints(x: [], y: []))),
            .images(title: "bad image", ImageGridPanel(items: [.init(image: GrayImage(width: 3, height: 3, pixels: [1, 2]), caption: "x")])),
            .confusionMatrix([[1, 2], [3]], classNames: []),
            .bar(title: "bars", categories: [], values: [.nan, 1, -2]),
            .histogram(title: "none", values: []),
        ]
        for figure in figures {
            let svg = FigureRenderer.svg(figure, id: "d")
            XCTAssertNil(XMLCheck.parse(svg).error, figure.title)
        }
    }

    func testFigureCodableRoundTrip() throws {
        for (name, figure) in Fixtures.figures {
            // Losses can be NaN: whoever stores figures as JSON must allow non-finite numbers.
            let encoder = JSONEncoder(), decoder = JSONDecoder()
            encoder.outputFormatting = .sortedKeys
            encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
            decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
            let decoded = try decoder.decode(Figure.self, from: encoder.encode(figure))
            // NaN != NaN, so compare the re-encoded bytes.
            XCTAssertEqual(try encoder.encode(decoded), try encoder.encode(figure), name)
        }
    }

    func testExplicitSizeScalesThroughViewBox() {
        var figure = Fixtures.figures[0].figure
        figure.width = 300
        let svg = FigureRenderer.svg(figure, id: "f")
        XCTAssertTrue(svg.contains("viewBox=\"0 0 460 350\""), svg.prefix(400).description)
        XCTAssertTrue(svg.contains("width=\"300\""))
    }
}
