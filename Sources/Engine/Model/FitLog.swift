import Foundation

/// Keras's printed training lines: verbose 2, the Keras 3 bar and the Keras 2 bar.
public enum FitLog {
    /// " - accuracy: 0.1131 - loss: 2.3340" (4 decimals; tiny values in scientific form).
    public static func valuesText(_ logs: Logs) -> String {
        logs.entries.map { " - \($0.key): \(number($0.value))" }.joined()
    }

    static func number(_ v: Float) -> String {
        if v.isNaN { return "nan" }
        if v.isInfinite { return v < 0 ? "-inf" : "inf" }
        return Swift.abs(v) > 1e-3 || v == 0 ? String(format: "%.4f", Double(v)) : String(format: "%.4e", Double(v))
    }

    /// "6ms/step" — Keras's per-step time (s, ms or μs, no decimals).
    public static func perStep(_ seconds: Double) -> String {
        if seconds >= 1 { return String(format: "%.0fs/step", seconds) }
        if seconds >= 1e-3 { return String(format: "%.0fms/step", seconds * 1e3) }
        return String(format: "%.0fus/step", seconds * 1e6)
    }

    /// "Epoch 1/5".
    public static func epochHeader(_ epoch: Int, _ epochs: Int) -> String { "Epoch \(epoch)/\(epochs)" }

    /// Keras 3 verbose 2: "150/150 - 1s - 6ms/step - accuracy: 0.1131 - loss: 2.3340".
    public static func verbose2Line(steps: Int, seconds: Double, logs: Logs) -> String {
        let per = steps > 0 ? seconds / Double(steps) : 0
        return "\(steps)/\(steps) - \(String(format: "%.0f", seconds))s - \(perStep(per))" + valuesText(logs)
    }

    /// Keras 3 bar (verbose 1): "150/150 ━━━━━━━━━━━━━━━━━━━━ 1s 2ms/step - accuracy: …".
    /// Mid-epoch the time shown is Keras's ETA.
    public static func progressBarLine(step: Int, steps: Int, seconds: Double, logs: Logs) -> String {
        let width = 20
        let filled = steps > 0 ? Swift.min(width, Int(Double(width) * Double(step) / Double(steps))) : width
        let digits = String(steps).count
        let count = String(repeating: " ", count: Swift.max(0, digits - String(step).count)) + "\(step)/\(steps)"
        let bar = String(repeating: "━", count: filled) + String(repeating: "━", count: width - filled)
        let per = step > 0 ? seconds / Double(step) : 0
        let time = step >= steps ? seconds : per * Double(steps - step)
        return "\(count) \(bar) \(String(format: "%.0f", time))s \(perStep(per))" + valuesText(logs)
    }

    /// Keras 2 final line: "1875/1875 [==============================] - 3s 2ms/step - loss: 0.2950 - accuracy: 0.9160"
    /// (loss first, then the other values in compile order).
    public static func keras2Line(steps: Int, seconds: Double, orderedValues: [(String, Float)]) -> String {
        let per = steps > 0 ? seconds / Double(steps) : 0
        let values = orderedValues.map { " - \($0.0): \(number($0.1))" }.joined()
        return "\(steps)/\(steps) [" + String(repeating: "=", count: 30) + "] - \(String(format: "%.0f", seconds))s \(perStep(per))" + values
    }
}
