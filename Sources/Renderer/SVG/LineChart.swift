import NotebookModel

/// Draws a `LinePanel`: polylines (broken at non-finite values), optional markers, legend.
enum LineChart {
    static func draw(_ panel: LinePanel, _ context: ChartContext, _ svg: inout SVGBuilder) {
        var xs: [Double] = []
        var ys: [Double] = []
        for series in panel.series {
            for (x, y) in zip(series.resolvedX, series.y) where x.isFinite && y.isFinite {
                xs.append(x)
                ys.append(y)
            }
        }
        // Whole-number x (epochs, steps) gets whole-number ticks.
        let integral = !xs.isEmpty && xs.allSatisfy { $0 == $0.rounded() }
        let xScale = NiceScale(lower: xs.min() ?? 0, upper: xs.max() ?? 1, target: 6, integerSteps: integral)
        let yScale = NiceScale(lower: ys.min() ?? 0, upper: ys.max() ?? 1, target: 5)
        let axes = CartesianAxes(context: context, xScale: xScale, yScale: yScale, labels: AxisLabelsText(panel.labels))
        let clip = context.idPrefix + "-clip"
        axes.clipPath(&svg, id: clip)
        axes.drawBackground(&svg)
        let xMap = axes.xMap, yMap = axes.yMap
        var obstacles: [PlotRect] = []
        svg.open("g", [("clip-path", .s("url(#\(clip))")), ("fill", "none"), ("stroke-width", 2), ("stroke-linejoin", "round")])
        for (index, series) in panel.series.enumerated() {
            let color = Palette.color(index)
            var d = ""
            var penDown = false
            var markers: [(Double, Double)] = []
            for (x, y) in zip(series.resolvedX, series.y) {
                guard x.isFinite, y.isFinite else { penDown = false; continue }
                let px = xMap(x), py = yMap(y)
                if penDown, let last = markers.last {
                    let (lx, ly) = last
                    // Sample the segment so the legend avoids lines, not just vertices.
                    for k in 1..<8 { obstacles.append(.around(lx + (px - lx) * Double(k) / 8, ly + (py - ly) * Double(k) / 8)) }
                }
                obstacles.append(.around(px, py))
                d += (penDown ? "L" : "M") + NumberFormat.coordinate(px) + " " + NumberFormat.coordinate(py)
                penDown = true
                markers.append((px, py))
            }
            var attributes: [(String, SVGValue)] = [("d", .s(d)), ("stroke", .s(color))]
            if series.dashed { attributes.append(("stroke-dasharray", "6 4")) }
            if !d.isEmpty { svg.element("path", attributes) }
            // A point with no finite neighbour would draw nothing as a line: show it as a dot.
            let isolated = isolatedPoints(series).map { (xMap($0.0), yMap($0.1)) }
            if !series.markers && !isolated.isEmpty {
                svg.open("g", [("fill", .s(color)), ("stroke", "none")])
                for (px, py) in isolated { svg.element("circle", [("cx", .n(px)), ("cy", .n(py)), ("r", 2.5)]) }
                svg.close("g")
            }
            if series.markers {
                svg.open("g", [("fill", .s(color)), ("stroke", "#fff"), ("stroke-width", 1), ("class", "fig-halo")])
                for (px, py) in markers { svg.element("circle", [("cx", .n(px)), ("cy", .n(py)), ("r", 3)]) }
                svg.close("g")
            }
        }
        svg.close("g")
        axes.drawForeground(&svg)
        if panel.series.count > 1 || !(panel.series.first?.name.isEmpty ?? true) {
            Legend(items: panel.series.enumerated().map { i, s in
                Legend.Item(name: s.name, color: Palette.color(i), swatch: .line(dashed: s.dashed))
            }).draw(&svg, in: axes.plot, avoiding: obstacles)
        }
    }

    /// Finite points whose neighbours on both sides are missing or non-finite.
    static func isolatedPoints(_ series: LinePanel.Series) -> [(Double, Double)] {
        let pairs = Array(zip(series.resolvedX, series.y))
        func finite(_ i: Int) -> Bool { i >= 0 && i < pairs.count && pairs[i].0.isFinite && pairs[i].1.isFinite }
        return pairs.indices.filter { finite($0) && !finite($0 - 1) && !finite($0 + 1) }.map { pairs[$0] }
    }
}
