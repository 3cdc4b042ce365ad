/// A binary classifier's probability over a 2-D region, shaded between two colors, with its data on top
/// (the TensorFlow-Playground view).
public struct DecisionBoundaryPanel: Equatable, Sendable, Codable {
    public var labels: AxisLabels
    public var xRange: AxisRange
    public var yRange: AxisRange
    /// Grid size: `columns` samples along x, `rows` along y.
    public var columns: Int
    public var rows: Int
    /// P(class 1) at each grid sample, row-major, row 0 at `yRange.min`, column 0 at `xRange.min`.
    /// Sample (r, c) is the center of its cell.
    public var probabilities: [Double]
    public var points: LabeledPoints

    public init(title: String = "", xLabel: String = "x₁", yLabel: String = "x₂",
                xRange: AxisRange, yRange: AxisRange,
                columns: Int, rows: Int, probabilities: [Double], points: LabeledPoints) {
        self.labels = AxisLabels(title: title, x: xLabel, y: yLabel)
        self.xRange = xRange
        self.yRange = yRange
        self.columns = columns
        self.rows = rows
        self.probabilities = probabilities
        self.points = points
    }

    /// The grid sample centers, row-major in the order `probabilities` expects: feed these to
    /// `predict` and pass the results back as `probabilities`.
    public static func gridPoints(xRange: AxisRange, yRange: AxisRange, columns: Int, rows: Int) -> [[Double]] {
        guard columns > 0, rows > 0 else { return [] }
        let dx = (xRange.max - xRange.min) / Double(columns)
        let dy = (yRange.max - yRange.min) / Double(rows)
        var result: [[Double]] = []
        for r in 0..<rows {
            for c in 0..<columns {
                result.append([xRange.min + (Double(c) + 0.5) * dx, yRange.min + (Double(r) + 0.5) * dy])
            }
        }
        return result
    }
}

extension Figure {
    public static func decisionBoundary(title: String, _ panel: DecisionBoundaryPanel) -> Figure {
        Figure(title: title, panel: .decisionBoundary(panel))
    }
}

/// A closed interval of an axis; `min > max` is allowed in data and treated as swapped when drawn.
public struct AxisRange: Equatable, Sendable, Codable {
    public var min: Double
    public var max: Double
    public init(_ min: Double, _ max: Double) {
        self.min = min
        self.max = max
    }
}
