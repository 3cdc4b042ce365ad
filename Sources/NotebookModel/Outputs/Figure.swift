/// A chart described as data; the renderer turns it into deterministic inline SVG.
///
/// A figure is a title plus one or more panels laid out in a grid (`columns` per row). Sizes are
/// CSS pixels; `nil` lets the renderer choose from the panels' kinds. Build one with the
/// panel-specific constructors, e.g. `Figure.line(...)`, `Figure.history(...)`,
/// `Figure.confusionMatrix(...)`, or `Figure(title:panels:)` for several panels.
public struct Figure: Equatable, Sendable, Codable {
    public var title: String
    public var panels: [FigurePanel]
    /// Panels per row; `nil`: all panels in one row up to 2, then wrap.
    public var columns: Int?
    /// Total width in pixels; `nil`: chosen by the renderer.
    public var width: Int?
    /// Total height in pixels; `nil`: chosen by the renderer.
    public var height: Int?

    public init(title: String, panels: [FigurePanel] = [], columns: Int? = nil, width: Int? = nil, height: Int? = nil) {
        self.title = title
        self.panels = panels
        self.columns = columns
        self.width = width
        self.height = height
    }

    public init(title: String, panel: FigurePanel, width: Int? = nil, height: Int? = nil) {
        self.init(title: title, panels: [panel], columns: 1, width: width, height: height)
    }
}

/// One chart area of a figure.
public enum FigurePanel: Equatable, Sendable, Codable {
    case line(LinePanel)
    case scatter(ScatterPanel)
    case decisionBoundary(DecisionBoundaryPanel)
    case imageGrid(ImageGridPanel)
    case heatmap(HeatmapPanel)
    case bar(BarPanel)
    case histogram(HistogramPanel)
}

/// Labels shared by every panel with axes.
public struct AxisLabels: Equatable, Sendable, Codable {
    public var title: String
    public var x: String
    public var y: String
    public init(title: String = "", x: String = "", y: String = "") {
        self.title = title
        self.x = x
        self.y = y
    }
}
