/// Axes with nice ticks, light grid lines, tick labels, axis labels and a panel title.
struct CartesianAxes {
    var plot: PlotRect
    var xScale: NiceScale
    var yScale: NiceScale
    var labels: AxisLabelsText

    static let tickFont = 11.0
    static let labelFont = 12.5
    static let titleFont = 13.5

    /// Lays out the plot area inside `context` leaving room for labels; `xTicksHidden` for band axes.
    init(context: ChartContext, xScale: NiceScale, yScale: NiceScale, labels: AxisLabelsText, bottomExtra: Double = 0) {
        self.xScale = xScale
        self.yScale = yScale
        self.labels = labels
        let yTickWidth = Self.tickLabelWidth(yScale)
        let left = 14 + (labels.y.isEmpty ? 0 : 18) + yTickWidth + 6
        let top = labels.title.isEmpty ? 14.0 : 32.0
        let bottom = 24 + (labels.x.isEmpty ? 0 : 20) + bottomExtra
        let right = 16.0
        plot = PlotRect(x: context.x + left, y: context.y + top,
                        width: max(context.width - left - right, 10), height: max(context.height - top - bottom, 10))
    }

    /// Width of the widest y tick label.
    static func tickLabelWidth(_ scale: NiceScale) -> Double {
        scale.ticks.map { TextMetrics.width(scale.label($0), fontSize: tickFont) }.max() ?? 20
    }

    var yTickWidth: Double { Self.tickLabelWidth(yScale) }

    var xMap: LinearMap { LinearMap(domain: (xScale.domainMin, xScale.domainMax), range: (plot.x, plot.right)) }
    var yMap: LinearMap { LinearMap(domain: (yScale.domainMin, yScale.domainMax), range: (plot.bottom, plot.y)) }

    /// Grid lines and the frame; call before drawing data.
    func drawBackground(_ svg: inout SVGBuilder, xGrid: Bool = true, yGrid: Bool = true) {
        svg.element("rect", [("x", .n(plot.x)), ("y", .n(plot.y)), ("width", .n(plot.width)), ("height", .n(plot.height)), ("fill", "#fff"), ("class", "fig-bg")])
        var d = ""
        if xGrid {
            for t in xScale.ticks { let px = NumberFormat.coordinate(xMap(t)); d += "M\(px) \(NumberFormat.coordinate(plot.y))V\(NumberFormat.coordinate(plot.bottom))" }
        }
        if yGrid {
            for t in yScale.ticks { let py = NumberFormat.coordinate(yMap(t)); d += "M\(NumberFormat.coordinate(plot.x)) \(py)H\(NumberFormat.coordinate(plot.right))" }
        }
        if !d.isEmpty {
            svg.element("path", [("d", .s(d)), ("stroke", .s(Palette.grid)), ("stroke-width", 1), ("fill", "none"), ("class", "fig-grid")])
        }
    }

    /// Axis lines, ticks, tick labels, axis labels and title; call after the data so they stay on top.
    func drawForeground(_ svg: inout SVGBuilder, xTicks: Bool = true) {
        let frame = "M\(c(plot.x)) \(c(plot.y))V\(c(plot.bottom))H\(c(plot.right))"
        var ticks = ""
        for t in yScale.ticks { ticks += "M\(c(plot.x - 4)) \(c(yMap(t)))h4" }
        if xTicks { for t in xScale.ticks { ticks += "M\(c(xMap(t))) \(c(plot.bottom))v4" } }
        svg.element("path", [("d", .s(frame + ticks)), ("stroke", .s(Palette.axis)), ("stroke-width", 1), ("fill", "none"), ("class", "fig-axis")])
        svg.open("g", [("font-size", .n(Self.tickFont)), ("fill", .s(Palette.text)), ("class", "fig-text")])
        for t in yScale.ticks {
            svg.text("text", [("x", .n(plot.x - 7)), ("y", .n(yMap(t) + 4)), ("text-anchor", "end")], yScale.label(t))
        }
        if xTicks {
            for t in xScale.ticks {
                svg.text("text", [("x", .n(xMap(t))), ("y", .n(plot.bottom + 17)), ("text-anchor", "middle")], xScale.label(t))
            }
        }
        svg.close("g")
        drawLabels(&svg, xLabelY: plot.bottom + 38)
    }

    /// Axis labels and the panel title only (for band axes drawn elsewhere).
    func drawLabels(_ svg: inout SVGBuilder, xLabelY: Double) {
        if !labels.x.isEmpty {
            svg.text("text", [("x", .n(plot.x + plot.width / 2)), ("y", .n(xLabelY)), ("text-anchor", "middle"),
                              ("font-size", .n(Self.labelFont))], labels.x)
        }
        if !labels.y.isEmpty {
            let ly = plot.y + plot.height / 2
            // Rotated text extends left of its baseline by about one ascent (≈ 9 px).
            let x = plot.x - yTickWidth - 14
            svg.text("text", [("x", .n(x)), ("y", .n(ly)), ("text-anchor", "middle"), ("font-size", .n(Self.labelFont)),
                              ("transform", .s("rotate(-90 \(c(x)) \(c(ly)))"))], labels.y)
        }
        if !labels.title.isEmpty {
            svg.text("text", [("x", .n(plot.x + plot.width / 2)), ("y", .n(plot.y - 12)), ("text-anchor", "middle"),
                              ("font-size", .n(Self.titleFont)), ("font-weight", "600")], labels.title)
        }
    }

    /// A clip path for the plot area, so out-of-range data never draws over labels.
    func clipPath(_ svg: inout SVGBuilder, id: String) {
        svg.open("clipPath", [("id", .s(id))])
        svg.element("rect", [("x", .n(plot.x)), ("y", .n(plot.y)), ("width", .n(plot.width)), ("height", .n(plot.height))])
        svg.close("clipPath")
    }

    private func c(_ v: Double) -> String { NumberFormat.coordinate(v) }
}

/// Panel title and axis labels as drawn.
struct AxisLabelsText {
    var title: String
    var x: String
    var y: String
}

import NotebookModel

extension AxisLabelsText {
    init(_ labels: AxisLabels) {
        self.init(title: labels.title, x: labels.x, y: labels.y)
    }
}
