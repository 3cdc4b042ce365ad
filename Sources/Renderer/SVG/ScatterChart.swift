import NotebookModel

/// Draws a `ScatterPanel`: one circle per point, colored by class, with a class legend.
enum ScatterChart {
    static func draw(_ panel: ScatterPanel, _ context: ChartContext, _ svg: inout SVGBuilder) {
        let overlay = panel.lines.flatMap { zip($0.resolvedX, $0.y).map { ($0, $1) } }
        let (xScale, yScale) = scales(for: panel.points, including: overlay)
        let axes = CartesianAxes(context: context, xScale: xScale, yScale: yScale, labels: AxisLabelsText(panel.labels))
        let clip = context.idPrefix + "-clip"
        axes.clipPath(&svg, id: clip)
        axes.drawBackground(&svg)
        drawPoints(panel.points, axes: axes, clip: clip, colors: { Palette.color($0) }, &svg)
        drawLines(panel.lines, axes: axes, clip: clip, &svg)
        if let texts = panel.pointLabels { drawPointLabels(texts, panel.points, axes: axes, clip: clip, &svg) }
        axes.drawForeground(&svg)
        legend(panel.points, colors: { Palette.color($0) }).draw(&svg, in: axes.plot, avoiding: obstacles(panel.points, axes))
    }

    /// Each point's text just right of and above it, in the text color (themes restyle it).
    static func drawPointLabels(_ texts: [String], _ points: LabeledPoints, axes: CartesianAxes, clip: String, _ svg: inout SVGBuilder) {
        let xMap = axes.xMap, yMap = axes.yMap
        svg.open("g", [("clip-path", .s("url(#\(clip))")), ("font-size", 11), ("fill", .s(Palette.text)), ("class", "fig-text")])
        for (i, text) in texts.prefix(points.count).enumerated() where !text.isEmpty && points.x[i].isFinite && points.y[i].isFinite {
            svg.text("text", [("x", .n(xMap(points.x[i]) + 5)), ("y", .n(yMap(points.y[i]) - 5))], text)
        }
        svg.close("g")
    }

    /// Overlay lines in a dark ink so they read against the class colors.
    static func drawLines(_ lines: [LinePanel.Series], axes: CartesianAxes, clip: String, _ svg: inout SVGBuilder) {
        guard !lines.isEmpty else { return }
        let xMap = axes.xMap, yMap = axes.yMap
        svg.open("g", [("clip-path", .s("url(#\(clip))")), ("fill", "none"), ("stroke", "#222"), ("stroke-width", 2)])
        for line in lines {
            var d = ""
            for (x, y) in zip(line.resolvedX, line.y) where x.isFinite && y.isFinite {
                d += (d.isEmpty ? "M" : "L") + NumberFormat.coordinate(xMap(x)) + " " + NumberFormat.coordinate(yMap(y))
            }
            var attributes: [(String, SVGValue)] = [("d", .s(d))]
            if line.dashed { attributes.append(("stroke-dasharray", "6 4")) }
            if !d.isEmpty { svg.element("path", attributes) }
        }
        svg.close("g")
    }

    static func scales(for points: LabeledPoints, including extra: [(Double, Double)]) -> (NiceScale, NiceScale) {
        var withExtra = points
        for (x, y) in extra where x.isFinite && y.isFinite {
            withExtra.x.append(x)
            withExtra.y.append(y)
        }
        withExtra.x = Array(withExtra.x)
        return scales(for: LabeledPoints(x: withExtra.x, y: withExtra.y))
    }

    static func scales(for points: LabeledPoints) -> (NiceScale, NiceScale) {
        var xs: [Double] = [], ys: [Double] = []
        for i in 0..<points.count where points.x[i].isFinite && points.y[i].isFinite {
            xs.append(points.x[i])
            ys.append(points.y[i])
        }
        return (NiceScale(lower: xs.min() ?? 0, upper: xs.max() ?? 1), NiceScale(lower: ys.min() ?? 0, upper: ys.max() ?? 1))
    }

    static func obstacles(_ points: LabeledPoints, _ axes: CartesianAxes) -> [PlotRect] {
        let xMap = axes.xMap, yMap = axes.yMap
        return (0..<points.count).compactMap { i in
            points.x[i].isFinite && points.y[i].isFinite ? .around(xMap(points.x[i]), yMap(points.y[i]), radius: 4) : nil
        }
    }

    /// Circles grouped by class (one `<g>` per class keeps the markup small).
    static func drawPoints(_ points: LabeledPoints, axes: CartesianAxes, clip: String, colors: (Int) -> String, _ svg: inout SVGBuilder) {
        let xMap = axes.xMap, yMap = axes.yMap
        let classes = Set((0..<points.count).map(points.classIndex)).sorted()
        svg.open("g", [("clip-path", .s("url(#\(clip))")), ("stroke", "#fff"), ("stroke-width", 0.8), ("class", "fig-halo")])
        for cls in classes {
            svg.open("g", [("fill", .s(colors(cls)))])
            for i in 0..<points.count where points.classIndex(i) == cls && points.x[i].isFinite && points.y[i].isFinite {
                svg.element("circle", [("cx", .n(xMap(points.x[i]))), ("cy", .n(yMap(points.y[i]))), ("r", 3.5)])
            }
            svg.close("g")
        }
        svg.close("g")
    }

    /// One legend row per class present; names default to "class N"; no legend for unlabeled data.
    static func legend(_ points: LabeledPoints, colors: (Int) -> String) -> Legend {
        guard !points.classes.isEmpty || !points.classNames.isEmpty else { return Legend(items: []) }
        let classes = Set((0..<points.count).map(points.classIndex)).sorted()
        return Legend(items: classes.map { cls in
            let name = cls < points.classNames.count ? points.classNames[cls] : "class \(cls)"
            return Legend.Item(name: name, color: colors(cls), swatch: .circle)
        })
    }
}
