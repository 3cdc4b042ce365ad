import Interpreter

/// The most a figure may show, so a cell cannot build a page of gigabytes (docs/notebook-api.md,
/// Plots). Above a cap a plot is refused with an error saying what to pass instead.
enum PlotCaps {
    /// Points of all series of a line plot (or of a training history).
    static let linePoints = 100_000
    /// Points of a scatter plot or of a decision boundary's data.
    static let scatterPoints = 20_000
    /// Values a histogram bins.
    static let histogramValues = 1_000_000
    /// Bars of a bar chart.
    static let bars = 1_000
    /// Classes of a confusion matrix (rows and columns).
    static let classes = 100
    /// Images an image grid shows (it shows the first ones).
    static let images = 100
    /// Pixels of one image of an image grid.
    static let imagePixels = 512 * 512

    /// Throws unless `count` is within `cap`, naming the plot, what was counted and the cap.
    static func check(_ count: Int, _ cap: Int, _ plot: String, _ what: String, advice: String) throws {
        guard count > cap else { return }
        throw HostError("\(plot): \(count) \(what) is more than the \(cap) a figure can show; \(advice)")
    }
}
