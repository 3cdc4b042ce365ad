import NotebookModel

/// Turns a `Figure` into one self-contained, accessible `<svg>` element.
///
/// Deterministic: numbers use fixed formatting and every id derives from `id` (unique per page,
/// e.g. `fig-3`), so the same figure and id always give the same bytes.
public enum FigureRenderer {
    public static func svg(_ figure: Figure, id: String) -> String {
        let columns = max(1, min(figure.columns ?? min(figure.panels.count, 2), max(figure.panels.count, 1)))
        let rows = max(1, (figure.panels.count + columns - 1) / columns)
        let sizes = figure.panels.map(naturalSize)
        let cellWidth = sizes.map(\.0).max() ?? 480
        let cellHeight = sizes.map(\.1).max() ?? 60
        let titleHeight = figure.title.isEmpty ? 0.0 : 30.0
        let naturalWidth = cellWidth * Double(columns)
        let naturalHeight = titleHeight + cellHeight * Double(rows)
        let width = Double(figure.width.map { max($0, 1) } ?? Int(naturalWidth.rounded()))
        let height = Double(figure.height.map { max($0, 1) } ?? Int((naturalHeight * width / naturalWidth).rounded()))
        let label = figure.title.isEmpty ? describeKinds(figure) : figure.title

        var svg = SVGBuilder()
        svg.open("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("class", "nb-figure"), ("id", .s(id)),
                         ("viewBox", .s("0 0 \(NumberFormat.coordinate(naturalWidth)) \(NumberFormat.coordinate(naturalHeight))")),
                         ("width", .n(width)), ("height", .n(height)), ("role", "img"), ("aria-label", .s(label)),
                         ("font-family", .s(Palette.fontFamily)), ("font-size", 12), ("fill", .s(Palette.text))])
        svg.text("title", [], label)
        svg.text("desc", [], describe(figure))
        svg.element("rect", [("width", .n(naturalWidth)), ("height", .n(naturalHeight)), ("fill", "#fff"), ("class", "fig-bg")])
        if !figure.title.isEmpty {
            svg.text("text", [("x", .n(naturalWidth / 2)), ("y", 21), ("text-anchor", "middle"), ("font-size", 15), ("font-weight", "600")],
                     figure.title)
        }
        if figure.panels.isEmpty {
            svg.text("text", [("x", .n(naturalWidth / 2)), ("y", .n(titleHeight + 30)), ("text-anchor", "middle"), ("fill", "#888")], "(empty figure)")
        }
        for (index, panel) in figure.panels.enumerated() {
            let context = ChartContext(x: cellWidth * Double(index % columns), y: titleHeight + cellHeight * Double(index / columns),
                                       width: cellWidth, height: cellHeight, idPrefix: "\(id)-p\(index)")
            svg.open("g", [("class", .s("panel panel-\(kindName(panel))"))])
            draw(panel, context, &svg)
            svg.close("g")
        }
        svg.close("svg")
        return svg.output
    }

    static func draw(_ panel: FigurePanel, _ context: ChartContext, _ svg: inout SVGBuilder) {
        switch panel {
        case .line(let p): LineChart.draw(p, context, &svg)
        case .scatter(let p): ScatterChart.draw(p, context, &svg)
        case .decisionBoundary(let p): DecisionBoundaryChart.draw(p, context, &svg)
        case .imageGrid(let p): ImageGridChart.draw(p, context, &svg)
        case .heatmap(let p): HeatmapChart.draw(p, context, &svg)
        case .bar(let p): BarChart.draw(p, context, &svg)
        case .histogram(let p): HistogramChart.draw(p, context, &svg)
        }
    }

    /// The size a panel looks right at; the figure scales the whole drawing through its viewBox.
    static func naturalSize(_ panel: FigurePanel) -> (Double, Double) {
        switch panel {
        case .line, .bar, .histogram: return (460, 320)
        case .scatter, .decisionBoundary: return (400, 380)
        case .imageGrid(let p): return ImageGridChart.layout(p).size
        case .heatmap(let p): return HeatmapChart.layout(p).size
        }
    }

    static func kindName(_ panel: FigurePanel) -> String {
        switch panel {
        case .line: return "line"
        case .scatter: return "scatter"
        case .decisionBoundary: return "decision-boundary"
        case .imageGrid: return "image-grid"
        case .heatmap: return "heatmap"
        case .bar: return "bar"
        case .histogram: return "histogram"
        }
    }

    static func describeKinds(_ figure: Figure) -> String {
        figure.panels.isEmpty ? "Empty figure" : figure.panels.map { kindName($0).replacingOccurrences(of: "-", with: " ") + " chart" }.joined(separator: ", ")
    }

    /// A one-paragraph text alternative for screen readers.
    static func describe(_ figure: Figure) -> String {
        figure.panels.map(describe).joined(separator: " ")
    }

    static func describe(_ panel: FigurePanel) -> String {
        func axes(_ l: AxisLabels) -> String {
            var parts: [String] = []
            if !l.title.isEmpty { parts.append("“\(l.title)”") }
            if !l.x.isEmpty { parts.append("x: \(l.x)") }
            if !l.y.isEmpty { parts.append("y: \(l.y)") }
            return parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + ")"
        }
        switch panel {
        case .line(let p):
            let series = p.series.map { s -> String in
                let last = s.y.last(where: \.isFinite).map { ", last \(NumberFormat.fixed($0, decimals: 4))" } ?? ""
                return "\(s.name.isEmpty ? "series" : s.name) (\(s.y.count) points\(last))"
            }
            return "Line chart\(axes(p.labels)) with \(series.joined(separator: ", "))."
        case .scatter(let p):
            return "Scatter plot\(axes(p.labels)) of \(p.points.count) points."
        case .decisionBoundary(let p):
            return "Decision boundary\(axes(p.labels)): class-1 probability on a \(p.columns)×\(p.rows) grid with \(p.points.count) points."
        case .imageGrid(let p):
            let wrong = p.items.filter(\.highlighted).count
            let captions = p.items.map { $0.caption.replacingOccurrences(of: "\n", with: " ") }.filter { !$0.isEmpty }
            return "Grid of \(p.items.count) images" + (wrong > 0 ? ", \(wrong) highlighted as wrong" : "")
                + (captions.isEmpty ? "." : ": " + captions.joined(separator: "; ") + ".")
        case .heatmap(let p):
            return "Heatmap\(axes(p.labels)) with \(p.rowLabels.count) rows and \(p.columnLabels.count) columns."
        case .bar(let p):
            return "Bar chart\(axes(p.labels)) over \(p.categories.count) categories."
        case .histogram(let p):
            return "Histogram\(axes(p.labels)) of \(p.series.map(\.values.count).reduce(0, +)) values."
        }
    }
}
