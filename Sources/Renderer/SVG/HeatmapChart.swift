import NotebookModel

/// Draws a `HeatmapPanel`: white-to-blue cells with the value in each, row labels on the left,
/// column labels below (rotated when long).
enum HeatmapChart {
    static let low = RGB(247, 251, 255)
    static let high = RGB(8, 48, 107)
    static let labelFont = 11.0

    struct Layout {
        var cell: Double
        var left: Double
        var top: Double
        var bottom: Double
        var rotate: Bool
        var rows: Int
        var columns: Int
        var size: (Double, Double) { (left + Double(columns) * cell + 16, top + Double(rows) * cell + bottom) }
    }

    static func layout(_ panel: HeatmapPanel) -> Layout {
        let rows = max(panel.rowLabels.count, panel.values.count, 1)
        let columns = max(panel.columnLabels.count, panel.values.map(\.count).max() ?? 0, 1)
        let cell = min(max(380 / Double(max(rows, columns)), 22), 52)
        let rowLabelWidth = panel.rowLabels.map { TextMetrics.width($0, fontSize: labelFont) }.max() ?? 0
        let columnLabelWidth = panel.columnLabels.map { TextMetrics.width($0, fontSize: labelFont) }.max() ?? 0
        let rotate = columnLabelWidth > cell - 4
        // Rotated 45°: a label of width w drops by w·sin 45°.
        let columnLabelHeight = rotate ? columnLabelWidth * 0.72 + 8 : 16
        return Layout(cell: cell,
                      left: 12 + (panel.labels.y.isEmpty ? 0 : 20) + rowLabelWidth + 8,
                      top: panel.labels.title.isEmpty ? 12 : 32,
                      bottom: columnLabelHeight + 8 + (panel.labels.x.isEmpty ? 0 : 22),
                      rotate: rotate, rows: rows, columns: columns)
    }

    static func value(_ panel: HeatmapPanel, _ r: Int, _ c: Int) -> Double {
        guard r < panel.values.count, c < panel.values[r].count else { return 0 }
        let v = panel.values[r][c]
        return v.isFinite ? v : 0
    }

    static func draw(_ panel: HeatmapPanel, _ context: ChartContext, _ svg: inout SVGBuilder) {
        let l = layout(panel)
        let (naturalWidth, _) = l.size
        let originX = context.x + max(0, (context.width - naturalWidth) / 2) + l.left
        let originY = context.y + l.top
        var maxValue = 0.0
        for r in 0..<l.rows { for c in 0..<l.columns { maxValue = max(maxValue, abs(value(panel, r, c))) } }
        let fontSize = min(12, l.cell * 0.36)
        func color(_ r: Int, _ c: Int) -> RGB {
            low.mixed(with: high, maxValue > 0 ? abs(value(panel, r, c)) / maxValue : 0)
        }
        // Cells, then their values, each in one group that carries the shared attributes (a 10×10
        // confusion matrix was 22 KB of repeated stroke and font attributes).
        svg.open("g", [("stroke", "#fff"), ("stroke-width", 1), ("class", "fig-halo")])
        for r in 0..<l.rows {
            for c in 0..<l.columns {
                svg.element("rect", [("x", .n(originX + Double(c) * l.cell)), ("y", .n(originY + Double(r) * l.cell)),
                                     ("width", .n(l.cell)), ("height", .n(l.cell)), ("fill", .s(color(r, c).hex))])
            }
        }
        svg.close("g")
        svg.open("g", [("text-anchor", "middle"), ("font-size", .n(fontSize))])
        for r in 0..<l.rows {
            for c in 0..<l.columns {
                let v = value(panel, r, c)
                let text = panel.integerValues ? NumberFormat.fixed(v, decimals: 0) : NumberFormat.fixed(v, decimals: 2)
                svg.text("text", [("x", .n(originX + (Double(c) + 0.5) * l.cell)), ("y", .n(originY + (Double(r) + 0.5) * l.cell + fontSize * 0.35)),
                                  ("fill", .s(color(r, c).lightness < 0.55 ? "#fff" : Palette.text))], text)
            }
        }
        svg.close("g")
        svg.open("g", [("font-size", .n(labelFont)), ("fill", .s(Palette.text)), ("class", "fig-text")])
        for (r, label) in panel.rowLabels.enumerated() {
            svg.text("text", [("x", .n(originX - 6)), ("y", .n(originY + (Double(r) + 0.5) * l.cell + 4)), ("text-anchor", "end")], label)
        }
        let labelY = originY + Double(l.rows) * l.cell + 14
        for (c, label) in panel.columnLabels.enumerated() {
            let x = originX + (Double(c) + 0.5) * l.cell
            if l.rotate {
                svg.text("text", [("x", .n(x)), ("y", .n(labelY)), ("text-anchor", "end"),
                                  ("transform", .s("rotate(-45 \(NumberFormat.coordinate(x)) \(NumberFormat.coordinate(labelY - 4)))"))], label)
            } else {
                svg.text("text", [("x", .n(x)), ("y", .n(labelY)), ("text-anchor", "middle")], label)
            }
        }
        svg.close("g")
        let gridWidth = Double(l.columns) * l.cell, gridHeight = Double(l.rows) * l.cell
        if !panel.labels.x.isEmpty {
            let columnLabelHeight = l.bottom - 8 - 22
            svg.text("text", [("x", .n(originX + gridWidth / 2)), ("y", .n(originY + gridHeight + columnLabelHeight + 20)),
                              ("text-anchor", "middle"), ("font-size", .n(CartesianAxes.labelFont))], panel.labels.x)
        }
        if !panel.labels.y.isEmpty {
            let rowLabelWidth = panel.rowLabels.map { TextMetrics.width($0, fontSize: labelFont) }.max() ?? 0
            let x = originX - rowLabelWidth - 16, y = originY + gridHeight / 2
            svg.text("text", [("x", .n(x)), ("y", .n(y)), ("text-anchor", "middle"), ("font-size", .n(CartesianAxes.labelFont)),
                              ("transform", .s("rotate(-90 \(NumberFormat.coordinate(x)) \(NumberFormat.coordinate(y)))"))], panel.labels.y)
        }
        if !panel.labels.title.isEmpty {
            svg.text("text", [("x", .n(originX + gridWidth / 2)), ("y", .n(context.y + 20)), ("text-anchor", "middle"),
                              ("font-size", .n(CartesianAxes.titleFont)), ("font-weight", "600")], panel.labels.title)
        }
    }
}
