/// Bar chart: categories along x, one bar per series in each category (grouped), with a legend.
public struct BarPanel: Equatable, Sendable, Codable {
    public struct Series: Equatable, Sendable, Codable {
        public var name: String
        /// One value per category; missing values draw no bar.
        public var values: [Double]
        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }
    }
    public var labels: AxisLabels
    public var categories: [String]
    public var series: [Series]
    public init(title: String = "", xLabel: String = "", yLabel: String = "", categories: [String], series: [Series]) {
        self.labels = AxisLabels(title: title, x: xLabel, y: yLabel)
        self.categories = categories
        self.series = series
    }
}

extension Figure {
    public static func bar(title: String, xLabel: String = "", yLabel: String = "", categories: [String], values: [Double]) -> Figure {
        Figure(title: title, panel: .bar(BarPanel(xLabel: xLabel, yLabel: yLabel, categories: categories, series: [.init(name: yLabel, values: values)])))
    }
}
