import NotebookModel

/// Draws a `HistogramPanel`: adjacent bars over the binned values; several series overlap translucently.
enum HistogramChart {
    static func draw(_ panel: HistogramPanel, _ context: ChartContext, _ svg: inout SVGBuilder) {
        let histogram = Histogram(series: panel.series.map(\.values), bins: panel.bins)
        let maxCount = histogram.counts.flatMap { $0 }.max() ?? 0
        let xScale = NiceScale(lower: histogram.edges.first ?? 0, upper: histogram.edges.last ?? 1, target: 6)
        let headroom = panel.series.count > 1 ? 1.2 : 1
        let yScale = NiceScale(lower: 0, upper: Double(max(maxCount, 1)) * headroom, includeZero: true, integerSteps: true)
        let axes = CartesianAxes(context: context, xScale: xScale, yScale: yScale, labels: AxisLabelsText(panel.labels))
        axes.drawBackground(&svg, xGrid: false)
        let xMap = axes.xMap, yMap = axes.yMap
        let translucent = panel.series.count > 1
        var obstacles: [PlotRect] = []
        for (s, counts) in histogram.counts.enumerated() {
            svg.open("g", [("fill", .s(Palette.color(s))), ("fill-opacity", .n(translucent ? 0.55 : 0.9)),
                           ("stroke", "#fff"), ("stroke-width", 0.5), ("class", "fig-halo")])
            for (i, count) in counts.enumerated() where count > 0 {
                let x0 = xMap(histogram.edges[i]), x1 = xMap(histogram.edges[i + 1])
                let y = yMap(Double(count))
                let bar = PlotRect(x: x0, y: y, width: max(x1 - x0, 0.5), height: yMap(0) - y)
                obstacles.append(bar)
                svg.element("rect", [("x", .n(bar.x)), ("y", .n(bar.y)), ("width", .n(bar.width)), ("height", .n(bar.height))])
            }
            svg.close("g")
        }
        axes.drawForeground(&svg)
        if panel.series.count > 1 {
            Legend(items: panel.series.enumerated().map {
                Legend.Item(name: $1.name, color: Palette.color($0), swatch: .square, opacity: 0.55)
            }).draw(&svg, in: axes.plot, avoiding: obstacles)
        }
    }
}
