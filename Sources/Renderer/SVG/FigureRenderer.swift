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
                let finite = s.y.filter(\.isFinite)
                var facts = "\(s.y.count) points"
                if let first = finite.first, let last = finite.last, let low = finite.min(), let high = finite.max() {
                    facts += ", from \(short(first)) to \(short(last)), range \(short(low))–\(short(high))"
                }
                return "\(s.name.isEmpty ? "series" : s.name) (\(facts))"
            }
            return "Line chart\(axes(p.labels)) with \(series.joined(separator: ", "))."
        case .scatter(let p):
            // Labelled points (words) are the figure's content: say where each one is.
            guard let texts = p.pointLabels, !texts.isEmpty else { return "Scatter plot\(axes(p.labels)) of \(p.points.count) points." }
            let placed = zip(texts, zip(p.points.x, p.points.y)).map { "\($0) (\(short($1.0)), \(short($1.1)))" }
            return "Scatter plot\(axes(p.labels)) of \(p.points.count) labelled points: \(placed.joined(separator: ", "))."
        case .decisionBoundary(let p):
            return "Decision boundary\(axes(p.labels)): class-1 probability on a \(p.columns)×\(p.rows) grid with \(p.points.count) points."
        case .imageGrid(let p):
            let wrong = p.items.filter(\.highlighted).count
            let captions = p.items.map { $0.caption.replacingOccurrences(of: "\n", with: " ") }.filter { !$0.isEmpty }
            return "Grid of \(p.items.count) images" + (wrong > 0 ? ", \(wrong) highlighted as wrong" : "")
                + (captions.isEmpty ? "." : ": " + captions.joined(separator: "; ") + ".")
        case .heatmap(let p):
            return "Heatmap\(axes(p.labels)) with \(p.rowLabels.count) rows and \(p.columnLabels.count) columns." + heatmapTopCells(p)
        case .bar(let p):
            let values = p.series.map { series -> String in
                let pairs = zip(p.categories, series.values).prefix(30).map { "\($0) \(short($1))" }.joined(separator: ", ")
                return (p.series.count > 1 && !series.name.isEmpty ? "\(series.name): " : "") + pairs
            }
            return "Bar chart\(axes(p.labels)) over \(p.categories.count) categories" + (values.isEmpty ? "." : ": " + values.joined(separator: "; ") + ".")
        case .histogram(let p):
            let all = p.series.flatMap(\.values).filter(\.isFinite)
            let range = all.min().flatMap { low in all.max().map { " from \(short(low)) to \(short($0))" } } ?? ""
            return "Histogram\(axes(p.labels)) of \(p.series.map(\.values.count).reduce(0, +)) values\(range)."
        }
    }

    /// The three largest cells, and for a square matrix with the same labels on both axes (a
    /// confusion matrix) the three largest off the diagonal: what a reader looks for first.
    static func heatmapTopCells(_ p: HeatmapPanel) -> String {
        var cells: [(value: Double, row: Int, column: Int)] = []
        for (r, row) in p.values.enumerated() {
            for (c, v) in row.enumerated() where v.isFinite { cells.append((v, r, c)) }
        }
        func name(_ cell: (value: Double, row: Int, column: Int)) -> String {
            let row = cell.row < p.rowLabels.count ? p.rowLabels[cell.row] : "row \(cell.row + 1)"
            let column = cell.column < p.columnLabels.count ? p.columnLabels[cell.column] : "column \(cell.column + 1)"
            return "\(row) × \(column) \(short(cell.value))"
        }
        let order: ((value: Double, row: Int, column: Int), (value: Double, row: Int, column: Int)) -> Bool = {
            $0.value != $1.value ? $0.value > $1.value : ($0.row, $0.column) < ($1.row, $1.column)
        }
        guard !cells.isEmpty else { return "" }
        var text = " Largest: " + cells.sorted(by: order).prefix(3).map(name).joined(separator: ", ") + "."
        if p.rowLabels == p.columnLabels, p.rowLabels.count > 1 {
            let off = cells.filter { $0.row != $0.column && $0.value != 0 }.sorted(by: order).prefix(3)
            if !off.isEmpty { text += " Largest off the diagonal: " + off.map(name).joined(separator: ", ") + "." }
        }
        return text
    }

    /// Whole numbers as integers, others with up to 4 decimals.
    static func short(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? NumberFormat.fixed(v, decimals: 0) : NumberFormat.fixed(v, decimals: 4, trim: true)
    }
}
