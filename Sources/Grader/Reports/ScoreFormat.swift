import Foundation

/// How scores print in CSV, XML, HTML and the terminal: at most two decimals, no trailing zeros.
enum ScoreFormat {
    static func text(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 100).rounded() / 100
        // Int(exactly:) rather than Int(_:), which traps past ±9.2e18 (`points=1e300` in a key).
        if rounded == rounded.rounded() { return Int(exactly: rounded).map(String.init) ?? String(format: "%.0f", value) }
        var text = String(format: "%.2f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// Seconds for reports: three decimals.
    static func seconds(_ value: Double) -> String {
        String(format: "%.3f", value.isFinite ? max(0, value) : 0)
    }
}
