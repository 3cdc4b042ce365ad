/// A matrix of values shaded by magnitude with the value written in each cell (a confusion matrix).
public struct HeatmapPanel: Equatable, Sendable, Codable {
    public var labels: AxisLabels
    public var rowLabels: [String]
    public var columnLabels: [String]
    /// `values[row][column]`; missing entries count as 0.
    public var values: [[Double]]
    /// Write whole numbers without decimals (counts).
    public var integerValues: Bool
    public init(title: String = "", xLabel: String = "", yLabel: String = "", rowLabels: [String], columnLabels: [String], values: [[Double]], integerValues: Bool = false) {
        self.labels = AxisLabels(title: title, x: xLabel, y: yLabel)
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.values = values
        self.integerValues = integerValues
    }

    /// Rows are true classes, columns predicted classes, as scikit-learn prints them.
    public static func confusionMatrix(_ counts: [[Int]], classNames: [String]) -> HeatmapPanel {
        let n = max(counts.count, classNames.count)
        let names = (0..<n).map { $0 < classNames.count ? classNames[$0] : String($0) }
        return HeatmapPanel(xLabel: "Predicted label", yLabel: "True label", rowLabels: names, columnLabels: names,
                            values: counts.map { $0.map(Double.init) }, integerValues: true)
    }

    /// Counts from parallel label lists; labels outside `0..<classCount` are ignored.
    public static func confusionMatrix(predicted: [Int], actual: [Int], classNames: [String]) -> HeatmapPanel {
        let n = max(classNames.count, (predicted + actual).max().map { $0 + 1 } ?? 0)
        var counts = Array(repeating: Array(repeating: 0, count: n), count: n)
        for (p, t) in zip(predicted, actual) where p >= 0 && p < n && t >= 0 && t < n {
            counts[t][p] += 1
        }
        return confusionMatrix(counts, classNames: classNames)
    }
}

extension Figure {
    public static func confusionMatrix(title: String = "Confusion matrix", _ counts: [[Int]], classNames: [String]) -> Figure {
        Figure(title: title, panel: .heatmap(.confusionMatrix(counts, classNames: classNames)))
    }
}
