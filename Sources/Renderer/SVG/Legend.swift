/// A boxed legend in the top-right corner of a plot area.
struct Legend {
    enum Swatch { case line(dashed: Bool), square, circle }
    struct Item {
        var name: String
        var color: String
        var swatch: Swatch
        var opacity: Double = 1
    }
    var items: [Item]

    static let font = 11.5

    /// Draws in the plot corner that covers the least of `obstacles` (data drawn in figure
    /// coordinates); ties prefer top-right, top-left, bottom-right, bottom-left.
    func draw(_ svg: inout SVGBuilder, in plot: PlotRect, avoiding obstacles: [PlotRect] = []) {
        let shown = items.filter { !$0.name.isEmpty }
        guard !shown.isEmpty else { return }
        let textWidth = shown.map { TextMetrics.width($0.name, fontSize: Self.font) }.max() ?? 0
        let width = textWidth + 38
        let rowHeight = 17.0
        let height = Double(shown.count) * rowHeight + 8
        let corners = [(plot.right - width - 8, plot.y + 8), (plot.x + 8, plot.y + 8),
                       (plot.right - width - 8, plot.bottom - height - 8), (plot.x + 8, plot.bottom - height - 8)]
        var best = corners[0], bestOverlap = Double.infinity
        for corner in corners {
            let box = PlotRect(x: corner.0, y: corner.1, width: width, height: height)
            let overlap = obstacles.reduce(0) { $0 + box.intersectionArea($1) }
            if overlap < bestOverlap - 1e-9 {
                best = corner
                bestOverlap = overlap
            }
        }
        let (x, y) = best
        svg.open("g", [("class", "legend fig-text"), ("font-size", .n(Self.font)), ("fill", .s(Palette.text))])
        svg.element("rect", [("x", .n(x)), ("y", .n(y)), ("width", .n(width)), ("height", .n(height)), ("rx", 3),
                             ("fill", "#fff"), ("fill-opacity", 0.85), ("stroke", "#ccc"), ("class", "fig-legend-box")])
        for (i, item) in shown.enumerated() {
            let cy = y + 4 + rowHeight * (Double(i) + 0.5)
            switch item.swatch {
            case .line(let dashed):
                var attributes: [(String, SVGValue)] = [("x1", .n(x + 6)), ("x2", .n(x + 26)), ("y1", .n(cy)), ("y2", .n(cy)),
                                                        ("stroke", .s(item.color)), ("stroke-width", 2)]
                if dashed { attributes.append(("stroke-dasharray", "5 3")) }
                svg.element("line", attributes)
            case .square:
                svg.element("rect", [("x", .n(x + 10)), ("y", .n(cy - 5)), ("width", 10), ("height", 10),
                                     ("fill", .s(item.color)), ("fill-opacity", .n(item.opacity))])
            case .circle:
                svg.element("circle", [("cx", .n(x + 16)), ("cy", .n(cy)), ("r", 4), ("fill", .s(item.color)),
                                       ("stroke", "#fff"), ("stroke-width", 0.8), ("class", "fig-halo")])
            }
            svg.text("text", [("x", .n(x + 32)), ("y", .n(cy + 4))], item.name)
        }
        svg.close("g")
    }
}

extension PlotRect {
    func intersectionArea(_ other: PlotRect) -> Double {
        let w = min(right, other.right) - max(x, other.x)
        let h = min(bottom, other.bottom) - max(y, other.y)
        return w > 0 && h > 0 ? w * h : 0
    }

    /// A small square around a point, standing for a marker or a stretch of line.
    static func around(_ px: Double, _ py: Double, radius: Double = 3) -> PlotRect {
        PlotRect(x: px - radius, y: py - radius, width: radius * 2, height: radius * 2)
    }
}
