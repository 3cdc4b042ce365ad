/// `plot(history)`: one panel per metric (loss first), each with its train and validation curves.
extension Figure {
    /// Builds the history figure from Keras-style metric names (`loss`, `accuracy`, `val_loss`, …).
    /// `metrics` is ordered as given; a `val_` metric joins the panel of its base metric.
    /// Panels are ordered: `loss` first, then the other base metrics in first-seen order.
    public static func history(_ metrics: [(name: String, values: [Double])], title: String = "Training history") -> Figure {
        var order: [String] = []
        var train: [String: [Double]] = [:]
        var validation: [String: [Double]] = [:]
        for (name, values) in metrics {
            let isValidation = name.hasPrefix("val_")
            let base = isValidation ? String(name.dropFirst(4)) : name
            if !order.contains(base) { order.append(base) }
            if isValidation { validation[base] = values } else { train[base] = values }
        }
        if let lossIndex = order.firstIndex(of: "loss"), lossIndex != 0 {
            order.remove(at: lossIndex)
            order.insert("loss", at: 0)
        }
        let panels: [FigurePanel] = order.map { base in
            var series: [LinePanel.Series] = []
            let few = max(train[base]?.count ?? 0, validation[base]?.count ?? 0) <= 20
            if let values = train[base] { series.append(.init(name: "train", y: values, markers: few)) }
            if let values = validation[base] { series.append(.init(name: "validation", y: values, dashed: true, markers: few)) }
            return .line(LinePanel(title: displayName(ofMetric: base), xLabel: "Epoch", yLabel: base, series: series))
        }
        return Figure(title: title, panels: panels, columns: min(max(panels.count, 1), 2))
    }

    /// Same, from a dictionary (ordered deterministically: `loss` first, then by name).
    public static func history(_ metrics: [String: [Double]], title: String = "Training history") -> Figure {
        history(metrics.keys.sorted().map { (name: $0, values: metrics[$0] ?? []) }, title: title)
    }

    /// `accuracy` → `Accuracy`, `sparse_categorical_accuracy` → `Sparse categorical accuracy`.
    static func displayName(ofMetric name: String) -> String {
        let words = String(name.map { $0 == "_" ? " " : $0 })
        guard let first = words.first else { return name }
        return first.uppercased() + words.dropFirst()
    }
}
