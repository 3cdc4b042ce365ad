/// Line chart: one or more named series over a shared x axis, with a legend.
public struct LinePanel: Equatable, Sendable, Codable {
    /// One polyline; `x` defaults to 1, 2, 3… when empty (epochs).
    public struct Series: Equatable, Sendable, Codable {
        public var name: String
        public var x: [Double]
        public var y: [Double]
        public var dashed: Bool
        /// Draw a dot at each point (useful for few points, e.g. a handful of epochs).
        public var markers: Bool
        public init(name: String, x: [Double] = [], y: [Double], dashed: Bool = false, markers: Bool = false) {
            self.name = name
            self.x = x
            self.y = y
            self.dashed = dashed
            self.markers = markers
        }
        /// The x values actually drawn: `x` or 1…n.
        public var resolvedX: [Double] {
            x.isEmpty ? y.indices.map { Double($0 + 1) } : x
        }
    }
    public var labels: AxisLabels
    public var series: [Series]
    public init(title: String = "", xLabel: String = "", yLabel: String = "", series: [Series]) {
        self.labels = AxisLabels(title: title, x: xLabel, y: yLabel)
        self.series = series
    }
}

extension Figure {
    /// A single line chart: `Figure.line(title: "Loss", xLabel: "Epoch", yLabel: "Loss", series: [.init(name: "train", y: losses)])`.
    public static func line(title: String, xLabel: String = "", yLabel: String = "", series: [LinePanel.Series]) -> Figure {
        Figure(title: title, panel: .line(LinePanel(xLabel: xLabel, yLabel: yLabel, series: series)))
    }
}
