import NotebookModel

/// Draws a `BarPanel`: grouped bars from zero, category labels under each group, legend for >1 series.
enum BarChart {
    static func draw(_ panel: BarPanel, _ context: ChartContext, _ svg: inout SVGBuilder) {
        let values = panel.series.flatMap(\.values).filter(\.isFinite)
        // Headroom for the legend above the tallest bars.
        let top = (values.max() ?? 1) * (panel.series.count > 1 ? 1.2 : 1)
        let yScale = NiceScale(lower: values.min() ?? 0, upper: top, includeZero: true)
        let count = max(panel.categories.count, panel.series.map(\.values.count).max() ?? 0, 1)
        let labels = (0..<count).map { $0 < panel.categories.count ? panel.categories[$0] : String($0) }
        let widest = labels.map { TextMetrics.width($0, fontSize: CartesianAxes.tickFont) }.max() ?? 0
        // Estimate the band width before layout to decide on rotated labels.
        let band = (context.width - 80) / Double(count)
        let rotate = widest > band - 4
        let axes = CartesianAxes(context: context, xScale: NiceScale(lower: 0, upper: 1), yScale: yScale,
                                 labels: AxisLabelsText(panel.labels), bottomExtra: rotate ? widest * 0.72 : 0)
        axes.drawBackground(&svg, xGrid: false)
        let plot = axes.plot, yMap = axes.yMap
        let bandWidth = plot.width / Double(count)
        let groups = max(panel.series.count, 1)
        let barWidth = bandWidth * 0.8 / Double(groups)
        let zero = yMap(0)
        var obstacles: [PlotRect] = []
        for (s, series) in panel.series.enumerated() {
            svg.open("g", [("fill", .s(Palette.color(s)))])
            for (i, v) in series.values.enumerated() where v.isFinite && i < count {
                let x = plot.x + bandWidth * (Double(i) + 0.1) + barWidth * Double(s)
                let y = yMap(v)
                let bar = PlotRect(x: x, y: min(y, zero), width: barWidth, height: abs(zero - y))
                obstacles.append(bar)
                svg.element("rect", [("x", .n(bar.x)), ("y", .n(bar.y)), ("width", .n(bar.width)), ("height", .n(bar.height))])
            }
            svg.close("g")
        }
        axes.drawForeground(&svg, xTicks: false)
        svg.open("g", [("font-size", .n(CartesianAxes.tickFont)), ("fill", .s(Palette.text)), ("class", "fig-text")])
        let labelY = plot.bottom + 16
        for (i, label) in labels.enumerated() {
            let x = plot.x + bandWidth * (Double(i) + 0.5)
            if rotate {
                svg.text("text", [("x", .n(x)), ("y", .n(labelY)), ("text-anchor", "end"),
                                  ("transform", .s("rotate(-45 \(NumberFormat.coordinate(x)) \(NumberFormat.coordinate(labelY - 4)))"))], label)
            } else {
                svg.text("text", [("x", .n(x)), ("y", .n(labelY)), ("text-anchor", "middle")], label)
            }
        }
        svg.close("g")
        if panel.series.count > 1 {
            Legend(items: panel.series.enumerated().map { Legend.Item(name: $1.name, color: Palette.color($0), swatch: .square) })
                .draw(&svg, in: plot, avoiding: obstacles)
        }
    }
}
