/// Running state of one metric over an epoch (Keras's stateful metric: reset, update, result).
final class MetricState {
    let name: String
    let kind: Metric.Kind
    let metric: Metric
    private var correct: Double = 0, total: Double = 0
    // precision / recall at 0.5
    private var tp: Double = 0, fp: Double = 0, fn: Double = 0
    // auc: confusion counts at Keras's 200 thresholds
    static let aucThresholds: [Float] = {
        let n = 200
        return [-1e-7] + (1..<(n - 1)).map { Float($0) / Float(n - 1) } + [1 + 1e-7]
    }()
    private var aucTP = [Double](repeating: 0, count: 200), aucFP = [Double](repeating: 0, count: 200)
    private var aucPos: Double = 0, aucNeg: Double = 0

    init(_ metric: Metric, kind: Metric.Kind) {
        self.name = metric.name
        self.kind = kind
        self.metric = metric
    }

    /// The loss a crossentropy metric averages (never the fused shortcut: metrics see outputs).
    private var crossentropy: Loss? {
        switch kind {
        case .binaryCrossentropy: return .binaryCrossentropy(fromLogits: metric.fromLogits)
        case .categoricalCrossentropy: return .categoricalCrossentropy(fromLogits: metric.fromLogits)
        case .sparseCategoricalCrossentropy: return .sparseCategoricalCrossentropy(fromLogits: metric.fromLogits)
        default: return nil
        }
    }

    /// The states of a model's metrics for targets of `targetShape` (per sample). Every metric but
    /// the sparse one reads a target per output, so those need targets shaped like the outputs:
    /// integer labels with `.binaryAccuracy` would read past the labels.
    static func states(_ metrics: [Metric], targetShape: [Int], outputShape: [Int]) throws -> [MetricState] {
        try metrics.map { m in
            let kind = m.resolved(targetShape: targetShape, outputShape: outputShape)
            if !(kind == .sparseCategoricalAccuracy || m.takesIntegerLabels), targetShape.reduce(1, *) != outputShape.reduce(1, *) {
                throw EngineError("Metric \(m.name) needs targets shaped like the model output \(Layer.batchShapeText(outputShape)), received targets of shape \(Layer.batchShapeText(targetShape)); use .sparseCategoricalAccuracy (or .accuracy) with integer labels")
            }
            if m.takesIntegerLabels, targetShape.reduce(1, *) * (outputShape.last ?? 1) != outputShape.reduce(1, *) {
                throw EngineError("Metric \(m.name) needs one integer label per sample, received targets of shape \(Layer.batchShapeText(targetShape))")
            }
            if kind == .topKCategoricalAccuracy || kind == .sparseTopKCategoricalAccuracy, m.k < 1 {
                throw EngineError("Metric \(m.name): k must be at least 1, received \(m.k)")
            }
            return MetricState(m, kind: kind)
        }
    }

    func reset() {
        correct = 0; total = 0; tp = 0; fp = 0; fn = 0; aucPos = 0; aucNeg = 0
        for i in aucTP.indices { aucTP[i] = 0; aucFP[i] = 0 }
    }

    /// Adds a batch: `rows` samples of `cols` outputs; sparse targets hold one label per row.
    func update(pred: UnsafePointer<Float>, target: UnsafePointer<Float>, rows: Int, cols: Int) throws {
        switch kind {
        case .binaryCrossentropy, .categoricalCrossentropy, .sparseCategoricalCrossentropy:
            guard let loss = crossentropy else { return }
            correct += try loss.compute(pred: pred, target: target, rows: rows, cols: cols, grad: nil)
            total += Double(rows)
        case .topKCategoricalAccuracy, .sparseTopKCategoricalAccuracy:
            // Keras's in_top_k: rank = 1 + (scores strictly above the target's), hit when rank ≤ k.
            for r in 0..<rows {
                let row = pred + r * cols
                let label = kind == .sparseTopKCategoricalAccuracy ? Int(target[r]) : MetricState.argmax(target + r * cols, cols)
                guard label >= 0, label < cols else { total += 1; continue }
                let atLabel = row[label].isNaN ? -Float.infinity : row[label]
                var above = 0
                for j in 0..<cols where row[j] > atLabel { above += 1 }
                if above + 1 <= metric.k { correct += 1 }
                total += 1
            }
        case .accuracy, .binaryAccuracy:
            for i in 0..<(rows * cols) { if (pred[i] > 0.5 ? 1 : 0) == target[i] { correct += 1 }; total += 1 }
        case .categoricalAccuracy:
            for r in 0..<rows {
                if MetricState.argmax(pred + r * cols, cols) == MetricState.argmax(target + r * cols, cols) { correct += 1 }
                total += 1
            }
        case .sparseCategoricalAccuracy:
            for r in 0..<rows {
                if Float(MetricState.argmax(pred + r * cols, cols)) == target[r] { correct += 1 }
                total += 1
            }
        case .precision, .recall:
            for i in 0..<(rows * cols) {
                let p = pred[i] > 0.5, t = target[i] > 0.5
                if p && t { tp += 1 } else if p { fp += 1 } else if t { fn += 1 }
            }
        case .auc:
            for i in 0..<(rows * cols) {
                let p = pred[i], positive = target[i] > 0.5
                if positive { aucPos += 1 } else { aucNeg += 1 }
                // Thresholds are sorted: count those strictly below p.
                for (k, th) in MetricState.aucThresholds.enumerated() {
                    guard p > th else { break }
                    if positive { aucTP[k] += 1 } else { aucFP[k] += 1 }
                }
            }
        case .meanSquaredError, .meanAbsoluteError:
            for r in 0..<rows {
                var s: Double = 0
                for j in 0..<cols {
                    let e = Double(pred[r * cols + j] - target[r * cols + j])
                    s += kind == .meanSquaredError ? e * e : Swift.abs(e)
                }
                correct += s / Double(Swift.max(cols, 1))
                total += 1
            }
        }
    }

    var result: Float {
        switch kind {
        case .precision: return tp + fp > 0 ? Float(tp / (tp + fp)) : 0
        case .recall: return tp + fn > 0 ? Float(tp / (tp + fn)) : 0
        case .auc:
            // ROC curve, trapezoids between consecutive thresholds (Keras's interpolation).
            let n = MetricState.aucThresholds.count
            func tpr(_ k: Int) -> Double { aucPos > 0 ? aucTP[k] / aucPos : 0 }
            func fpr(_ k: Int) -> Double { aucNeg > 0 ? aucFP[k] / aucNeg : 0 }
            var area: Double = 0
            for k in 0..<(n - 1) { area += (fpr(k) - fpr(k + 1)) * (tpr(k) + tpr(k + 1)) / 2 }
            return Float(area)
        default: return total > 0 ? Float(correct / total) : 0
        }
    }

    @inline(__always) static func argmax(_ p: UnsafePointer<Float>, _ n: Int) -> Int {
        var b = 0
        for j in 1..<Swift.max(n, 1) where p[j] > p[b] { b = j }
        return b
    }
}
