import Foundation

/// A loss with Keras's formulas and reduction (mean over samples), including the logits
/// shortcut Keras takes after a softmax or sigmoid output.
public struct Loss: Equatable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case meanSquaredError = "mean_squared_error", meanAbsoluteError = "mean_absolute_error", huber
        case binaryCrossentropy = "binary_crossentropy", categoricalCrossentropy = "categorical_crossentropy"
        case sparseCategoricalCrossentropy = "sparse_categorical_crossentropy"
    }
    public let kind: Kind
    /// Predictions are raw scores (Keras `from_logits=True`).
    public let fromLogits: Bool
    /// Huber's δ.
    public let delta: Float

    public static let meanSquaredError = Loss(kind: .meanSquaredError, fromLogits: false, delta: 1)
    public static let mse = meanSquaredError
    public static let meanAbsoluteError = Loss(kind: .meanAbsoluteError, fromLogits: false, delta: 1)
    public static let mae = meanAbsoluteError
    public static let huber = Loss(kind: .huber, fromLogits: false, delta: 1)
    public static func huber(delta: Float) -> Loss { Loss(kind: .huber, fromLogits: false, delta: delta) }
    public static let binaryCrossentropy = Loss(kind: .binaryCrossentropy, fromLogits: false, delta: 1)
    public static func binaryCrossentropy(fromLogits: Bool) -> Loss { Loss(kind: .binaryCrossentropy, fromLogits: fromLogits, delta: 1) }
    public static let categoricalCrossentropy = Loss(kind: .categoricalCrossentropy, fromLogits: false, delta: 1)
    public static func categoricalCrossentropy(fromLogits: Bool) -> Loss { Loss(kind: .categoricalCrossentropy, fromLogits: fromLogits, delta: 1) }
    public static let sparseCategoricalCrossentropy = Loss(kind: .sparseCategoricalCrossentropy, fromLogits: false, delta: 1)
    public static func sparseCategoricalCrossentropy(fromLogits: Bool) -> Loss { Loss(kind: .sparseCategoricalCrossentropy, fromLogits: fromLogits, delta: 1) }

    public var description: String { kind.rawValue }

    public static func named(_ name: String) throws -> Loss {
        switch name.lowercased() {
        case "mse", "mean_squared_error": return .mse
        case "mae", "mean_absolute_error": return .mae
        case "huber", "huber_loss": return .huber
        case "binary_crossentropy": return .binaryCrossentropy
        case "categorical_crossentropy": return .categoricalCrossentropy
        case "sparse_categorical_crossentropy": return .sparseCategoricalCrossentropy
        default: throw EngineError("Unknown loss \"\(name)\"")
        }
    }

    static let clipEpsilon: Float = 1e-7

    /// Whether this loss takes the logits shortcut after an output activation.
    func fusesWith(_ output: Activation.Kind) -> Bool {
        switch kind {
        case .categoricalCrossentropy, .sparseCategoricalCrossentropy: return output == .softmax
        case .binaryCrossentropy: return output == .sigmoid
        default: return false
        }
    }

    /// Checks targets against the model output shape (per sample, no batch axis).
    func validate(targetShape: [Int], outputShape: [Int]) throws {
        let t = Layer.batchShapeText(targetShape), o = Layer.batchShapeText(outputShape)
        if kind == .sparseCategoricalCrossentropy {
            let ok = targetShape == Array(outputShape.dropLast()) || targetShape == Array(outputShape.dropLast()) + [1]
            guard ok else {
                throw EngineError("Loss \(kind.rawValue): integer targets of shape \(t) do not match the model output shape \(o) (expected \(Layer.batchShapeText(Array(outputShape.dropLast()))))")
            }
            return
        }
        guard targetShape.reduce(1, *) == outputShape.reduce(1, *), targetShape.last == outputShape.last || (targetShape.isEmpty && outputShape == [1]) else {
            throw EngineError("Loss \(kind.rawValue): target shape \(t) and model output shape \(o) must match")
        }
    }

    /// Sum over rows of the per-row loss, and (if `grad`) dL/d(pred or logits) for the *mean*
    /// loss over `rows`. `logits` given ⇒ the shortcut: computed from logits, gradient wrt logits.
    /// For the sparse loss `target` holds one class index per row.
    func compute(pred: UnsafePointer<Float>, logits: UnsafePointer<Float>?, target: UnsafePointer<Float>,
                 rows: Int, cols: Int, grad: UnsafeMutablePointer<Float>?) throws -> Double {
        let invRows = 1 / Float(Swift.max(rows, 1)), invCols = 1 / Float(Swift.max(cols, 1))
        var total: Double = 0
        switch kind {
        case .meanSquaredError, .meanAbsoluteError, .huber:
            let src = logits ?? pred
            for i in 0..<(rows * cols) {
                let e = src[i] - target[i]
                let a = Swift.abs(e)
                switch kind {
                case .meanSquaredError:
                    total += Double(e * e)
                    grad?[i] = 2 * e * invCols * invRows
                case .meanAbsoluteError:
                    total += Double(a)
                    grad?[i] = (e > 0 ? 1 : (e < 0 ? -1 : 0)) * invCols * invRows
                default:
                    total += Double(a <= delta ? 0.5 * e * e : delta * a - 0.5 * delta * delta)
                    grad?[i] = (a <= delta ? e : delta * (e > 0 ? 1 : -1)) * invCols * invRows
                }
            }
            return total / Double(cols)
        case .binaryCrossentropy:
            for i in 0..<(rows * cols) {
                let y = target[i]
                if let z = logits?[i] ?? (fromLogits ? pred[i] : nil) {
                    // max(z,0) − z·y + log(1 + e^−|z|): stable, unclipped.
                    total += Double(Swift.max(z, 0) - z * y + Foundation.log1p(Foundation.exp(-Swift.abs(z))))
                    grad?[i] = (Activation.sigmoid(z) - y) * invCols * invRows
                } else {
                    let p = pred[i]
                    let pc = Swift.min(Swift.max(p, Loss.clipEpsilon), 1 - Loss.clipEpsilon)
                    total += -Double(y * Foundation.log(pc) + (1 - y) * Foundation.log(1 - pc))
                    let inside = p > Loss.clipEpsilon && p < 1 - Loss.clipEpsilon
                    grad?[i] = inside ? -(y / pc - (1 - y) / (1 - pc)) * invCols * invRows : 0
                }
            }
            return total / Double(cols)
        case .categoricalCrossentropy, .sparseCategoricalCrossentropy:
            let sparse = kind == .sparseCategoricalCrossentropy
            let onehot = UnsafeMutablePointer<Float>.allocate(capacity: Swift.max(cols, 1))
            defer { onehot.deallocate() }
            for r in 0..<rows {
                let y: UnsafePointer<Float>
                if sparse {
                    let label = target[r]
                    guard label >= 0, label < Float(cols), label == label.rounded() else {
                        throw EngineError("Loss \(kind.rawValue): target label \(label) is not a class index in 0..<\(cols)")
                    }
                    for j in 0..<cols { onehot[j] = 0 }
                    onehot[Int(label)] = 1
                    y = UnsafePointer(onehot)
                } else {
                    y = target + r * cols
                }
                total += rowCrossentropy(pred: pred + r * cols, logits: logits.map { $0 + r * cols } ?? (fromLogits ? pred + r * cols : nil),
                                         y: y, cols: cols, grad: grad.map { $0 + r * cols }, scale: invRows)
            }
            return total
        }
    }

    private func rowCrossentropy(pred: UnsafePointer<Float>, logits: UnsafePointer<Float>?, y: UnsafePointer<Float>,
                                 cols: Int, grad: UnsafeMutablePointer<Float>?, scale: Float) -> Double {
        var ySum: Float = 0
        for j in 0..<cols { ySum += y[j] }
        if let z = logits {
            // Σ y_j (lse − z_j); gradient softmax(z)·Σy − y.
            var m = -Float.infinity
            for j in 0..<cols { m = Swift.max(m, z[j]) }
            var s: Double = 0
            for j in 0..<cols { s += Double(Foundation.exp(z[j] - m)) }
            let lse = Double(m) + Foundation.log(s)
            var loss: Double = 0
            for j in 0..<cols where y[j] != 0 { loss += Double(y[j]) * (lse - Double(z[j])) }
            if let grad {
                for j in 0..<cols {
                    let p = Float(Foundation.exp(Double(z[j]) - lse))
                    grad[j] = (p * ySum - y[j]) * scale
                }
            }
            return loss
        }
        // Probabilities: renormalize, clip, −Σ y ln q.
        var sum: Float = 0
        for j in 0..<cols { sum += pred[j] }
        let invSum = 1 / sum
        var loss: Double = 0
        var dot: Float = 0
        for j in 0..<cols {
            let q = pred[j] * invSum
            let qc = Swift.min(Swift.max(q, Loss.clipEpsilon), 1 - Loss.clipEpsilon)
            loss -= Double(y[j] * Foundation.log(qc))
            let dq: Float = (q > Loss.clipEpsilon && q < 1 - Loss.clipEpsilon) ? -y[j] / qc : 0
            grad?[j] = dq
            dot += dq * q
        }
        if let grad {
            for j in 0..<cols { grad[j] = (grad[j] - dot) * invSum * scale }
        }
        return loss
    }

    /// The mean loss of predictions against targets, as tensors (Keras's `loss(y_true, y_pred)`).
    public func callAsFunction(_ yTrue: Tensor, _ yPred: Tensor) throws -> Float {
        guard yPred.rank >= 1, yTrue.rank >= 1, yTrue.shape[0] == yPred.shape[0] else {
            throw EngineError.shapes("Loss \(kind.rawValue)", yTrue.shape, yPred.shape)
        }
        try validate(targetShape: Array(yTrue.shape.dropFirst()), outputShape: Array(yPred.shape.dropFirst()))
        let cols = Swift.max(yPred.shape.count > 1 ? yPred.shape.last ?? 1 : 1, 1)
        let rows = yPred.count / cols
        let total = try yPred.scalars.withUnsafeBufferPointer { p in
            try yTrue.scalars.withUnsafeBufferPointer { t -> Double in
                guard let pp = p.baseAddress, let tp = t.baseAddress else { return 0 }
                return try compute(pred: pp, logits: nil, target: tp, rows: rows, cols: cols, grad: nil)
            }
        }
        return Float(total / Double(Swift.max(rows, 1)))
    }
}
