/// Histogram of raw values; the renderer bins them (equal-width bins over the data's range).
public struct HistogramPanel: Equatable, Sendable, Codable {
    public struct Series: Equatable, Sendable, Codable {
        public var name: String
        public var values: [Double]
        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }
    }
    public var labels: AxisLabels
    /// Several series share the bins and are drawn semi-transparent on top of each other.
    public var series: [Series]
    /// Number of bins; `nil`: Sturges' rule, 5…50.
    public var bins: Int?
    public init(title: String = "", xLabel: String = "", yLabel: String = "Count", series: [Series], bins: Int? = nil) {
        self.labels = AxisLabels(title: title, x: xLabel, y: yLabel)
        self.series = series
        self.bins = bins
    }
}

extension Figure {
    public static func histogram(title: String, xLabel: String = "", values: [Double], bins: Int? = nil) -> Figure {
        Figure(title: title, panel: .histogram(HistogramPanel(xLabel: xLabel, series: [.init(name: xLabel, values: values)], bins: bins)))
    }
}
