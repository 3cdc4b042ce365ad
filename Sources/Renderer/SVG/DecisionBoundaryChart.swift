import Foundation
import NotebookModel

/// Draws a `DecisionBoundaryPanel`: the probability grid as a smoothly scaled PNG shaded from
/// orange (class 0) through white to blue (class 1), the p = 0.5 contour, and the points on top.
enum DecisionBoundaryChart {
    static func draw(_ panel: DecisionBoundaryPanel, _ context: ChartContext, _ svg: inout SVGBuilder) {
        let xr = ordered(panel.xRange), yr = ordered(panel.yRange)
        let xScale = NiceScale(exactLower: xr.0, upper: xr.1)
        let yScale = NiceScale(exactLower: yr.0, upper: yr.1)
        let axes = CartesianAxes(context: context, xScale: xScale, yScale: yScale, labels: AxisLabelsText(panel.labels))
        let clip = context.idPrefix + "-clip"
        axes.clipPath(&svg, id: clip)
        axes.drawBackground(&svg, xGrid: false, yGrid: false)
        let plot = axes.plot
        let cols = panel.columns, rows = panel.rows
        if cols > 0, rows > 0, cols <= 4096, rows <= 4096, panel.probabilities.count == cols * rows,
           let png = PNGEncoder.encode(width: cols, height: rows, color: .rgb, pixels: shading(panel)) {
            svg.element("image", [("x", .n(plot.x)), ("y", .n(plot.y)), ("width", .n(plot.width)), ("height", .n(plot.height)),
                                  ("preserveAspectRatio", "none"), ("href", .s(PNGEncoder.dataURI(png)))])
            let contour = contourPath(panel, xMap: axes.xMap, yMap: axes.yMap)
            if !contour.isEmpty {
                svg.element("path", [("d", .s(contour)), ("fill", "none"), ("stroke", "#333"), ("stroke-width", 1.2),
                                     ("stroke-dasharray", "4 3"), ("clip-path", .s("url(#\(clip))"))])
            }
        }
        ScatterChart.drawPoints(panel.points, axes: axes, clip: clip, colors: classColor, &svg)
        axes.drawForeground(&svg)
        ScatterChart.legend(panel.points, colors: classColor).draw(&svg, in: axes.plot, avoiding: ScatterChart.obstacles(panel.points, axes))
    }

    static func classColor(_ cls: Int) -> String {
        switch cls {
        case 0: return Palette.negative.hex
        case 1: return Palette.positive.hex
        default: return Palette.color(cls)
        }
    }

    static func ordered(_ r: AxisRange) -> (Double, Double) {
        r.min <= r.max ? (r.min, r.max) : (r.max, r.min)
    }

    /// RGB bytes, top image row = highest y (grid row `rows - 1`).
    static func shading(_ panel: DecisionBoundaryPanel) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(panel.probabilities.count * 3)
        for r in stride(from: panel.rows - 1, through: 0, by: -1) {
            for c in 0..<panel.columns {
                let p = panel.probabilities[r * panel.columns + c]
                let t = (p.isFinite ? min(max(p, 0), 1) : 0.5) * 2 - 1
                // 0.7 keeps the background lighter than the points drawn on it.
                let color = t >= 0 ? RGB.white.mixed(with: Palette.positive, t * 0.7) : RGB.white.mixed(with: Palette.negative, -t * 0.7)
                bytes += [color.r, color.g, color.b]
            }
        }
        return bytes
    }

    /// The p = 0.5 level line by marching squares over the grid's sample centers.
    static func contourPath(_ panel: DecisionBoundaryPanel, xMap: LinearMap, yMap: LinearMap) -> String {
        let cols = panel.columns, rows = panel.rows
        guard cols > 1, rows > 1 else { return "" }
        let dx = (panel.xRange.max - panel.xRange.min) / Double(cols)
        let dy = (panel.yRange.max - panel.yRange.min) / Double(rows)
        func value(_ r: Int, _ c: Int) -> Double {
            let p = panel.probabilities[r * cols + c]
            return (p.isFinite ? p : 0.5) - 0.5
        }
        func point(_ r: Double, _ c: Double) -> String {
            let x = panel.xRange.min + (c + 0.5) * dx
            let y = panel.yRange.min + (r + 0.5) * dy
            return NumberFormat.coordinate(xMap(x)) + " " + NumberFormat.coordinate(yMap(y))
        }
        var d = ""
        for r in 0..<(rows - 1) {
            for c in 0..<(cols - 1) {
                // Corners counter-clockwise from bottom-left; edges: bottom, right, top, left.
                let v = [value(r, c), value(r, c + 1), value(r + 1, c + 1), value(r + 1, c)]
                let corners: [(Double, Double)] = [(0, 0), (0, 1), (1, 1), (1, 0)]
                var crossings: [String] = []
                for e in 0..<4 {
                    let a = v[e], b = v[(e + 1) % 4]
                    guard (a < 0) != (b < 0) else { continue }
                    let t = a / (a - b)
                    let (r0, c0) = corners[e], (r1, c1) = corners[(e + 1) % 4]
                    crossings.append(point(Double(r) + r0 + (r1 - r0) * t, Double(c) + c0 + (c1 - c0) * t))
                }
                var i = 0
                while i + 1 < crossings.count {
                    d += "M" + crossings[i] + "L" + crossings[i + 1]
                    i += 2
                }
            }
        }
        return d
    }
}
