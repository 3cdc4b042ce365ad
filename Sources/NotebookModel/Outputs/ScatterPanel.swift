/// Scatter plot of 2-D points, colored by class.
public struct ScatterPanel: Equatable, Sendable, Codable {
    public var labels: AxisLabels
    public var points: LabeledPoints
    /// Lines drawn over the points, such as a fitted regression line.
    public var lines: [LinePanel.Series]
    /// A text written beside each point (word vectors show their words); nil draws none.
    public var pointLabels: [String]?
    public init(title: String = "", xLabel: String = "x₁", yLabel: String = "x₂", points: LabeledPoints, lines: [LinePanel.Series] = [],
                pointLabels: [String]? = nil) {
        self.labels = AxisLabels(title: title, x: xLabel, y: yLabel)
        self.points = points
        self.lines = lines
        self.pointLabels = pointLabels
    }
}

/// Points with an integer class each; `classNames[c]` names class `c` in the legend.
public struct LabeledPoints: Equatable, Sendable, Codable {
    public var x: [Double]
    public var y: [Double]
    /// One class index per point; empty means all class 0.
    public var classes: [Int]
    public var classNames: [String]
    public init(x: [Double], y: [Double], classes: [Int] = [], classNames: [String] = []) {
        self.x = x
        self.y = y
        self.classes = classes
        self.classNames = classNames
    }
    /// From rows of `[x, y]` (e.g. a tensor's rows) and labels.
    public init(rows: [[Double]], classes: [Int] = [], classNames: [String] = []) {
        self.init(x: rows.map { $0.first ?? 0 }, y: rows.map { $0.count > 1 ? $0[1] : 0 }, classes: classes, classNames: classNames)
    }
    public var count: Int { min(x.count, y.count) }
    /// Class of point `i` (0 when no classes were given or the list is short).
    public func classIndex(_ i: Int) -> Int { i < classes.count ? max(classes[i], 0) : 0 }
}

extension Figure {
    public static func scatter(title: String, xLabel: String = "x₁", yLabel: String = "x₂", points: LabeledPoints) -> Figure {
        Figure(title: title, panel: .scatter(ScatterPanel(xLabel: xLabel, yLabel: yLabel, points: points)))
    }
}
