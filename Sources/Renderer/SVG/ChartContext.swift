/// Where a panel draws: its cell in the figure, and the page-unique id prefix for defs it creates.
struct ChartContext {
    var x: Double
    var y: Double
    var width: Double
    var height: Double
    /// Unique within the page, e.g. `fig2-p1`.
    var idPrefix: String
}

/// A rectangle in figure coordinates.
struct PlotRect {
    var x: Double
    var y: Double
    var width: Double
    var height: Double
    var right: Double { x + width }
    var bottom: Double { y + height }
}
