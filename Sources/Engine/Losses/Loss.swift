import Foundation

/// A loss with Keras's formulas and reduction (mean over samples), including the shortcut that
/// gives the gradient with respect to the input of a softmax or sigmoid output in one step.
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

    /// Whether this loss can hand its gradient straight to the input of the output activation.
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

    /// Sum over rows of the per-row loss, and (if `grad`) dL/d(pred) for the *mean* loss over
    /// `rows` — or, with `throughActivation`, dL/dz for the softmax/sigmoid input z. The loss is
    /// still Keras 3's on the probabilities (clipped to [ε, 1 − ε], no gradient where clipped): Keras
    /// on JAX takes no logits shortcut, and saturated samples train differently without the clip.
    /// For the sparse loss `target` holds one class index per row.
    func compute(pred: UnsafePointer<Float>, target: UnsafePointer<Float>, rows: Int, cols: Int,
                 grad: UnsafeMutablePointer<Float>?, throughActivation: Bool = false) throws -> Double {
        let invRows = 1 / Float(Swift.max(rows, 1)), invCols = 1 / Float(Swift.max(cols, 1))
        var total: Double = 0
        switch kind {
        case .meanSquaredError, .meanAbsoluteError, .huber:
            let src = pred
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
                if fromLogits {
                    // max(z,0) − z·y + log(1 + e^−|z|): stable, unclipped (Keras's log_sigmoid path).
                    let z = pred[i]
                    total += Double(Swift.max(z, 0) - z * y + Foundation.log1p(Foundation.exp(-Swift.abs(z))))
                    grad?[i] = (Activation.sigmoid(z) - y) * invCols * invRows
                } else if throughActivation {
                    // After a sigmoid output: Keras's clipped loss on p, its gradient taken through the
                    // sigmoid to z (p − y), zero where p was clipped — as Keras/JAX differentiates it.
                    let p = pred[i]
                    let pc = Swift.min(Swift.max(p, Loss.clipEpsilon), 1 - Loss.clipEpsilon)
                    total += -Double(y * Foundation.log(pc) + (1 - y) * Foundation.log(1 - pc))
                    let inside = p > Loss.clipEpsilon && p < 1 - Loss.clipEpsilon
                    grad?[i] = inside ? (p - y) * invCols * invRows : 0
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
                total += rowCrossentropy(pred: pred + r * cols, afterSoftmax: throughActivation, y: y, cols: cols,
                                         grad: grad.map { $0 + r * cols }, scale: invRows)
            }
            return total
        }
    }

    /// One row's −Σ y ln q. From logits (`fromLogits`): log-softmax, unclipped. Otherwise on the
    /// probabilities, renormalized and clipped to [ε, 1 − ε] as Keras does; `afterSoftmax` gives the
    /// gradient with respect to the softmax's input instead (the fused shortcut).
    private func rowCrossentropy(pred: UnsafePointer<Float>, afterSoftmax: Bool, y: UnsafePointer<Float>,
                                 cols: Int, grad: UnsafeMutablePointer<Float>?, scale: Float) -> Double {
        if fromLogits {
            let z = pred
            var ySum: Float = 0
            for j in 0..<cols { ySum += y[j] }
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
        if afterSoftmax {
            // L = −Σ y_j ln clip(p_j); through the softmax dL/dz_i = p_i·A − y_i·[p_i unclipped], with
            // A the target mass on unclipped classes: a clipped class passes no gradient, as in Keras.
            var loss: Double = 0
            var unclippedMass: Float = 0
            for j in 0..<cols {
                let p = pred[j]
                let pc = Swift.min(Swift.max(p, Loss.clipEpsilon), 1 - Loss.clipEpsilon)
                if y[j] != 0 { loss -= Double(y[j] * Foundation.log(pc)) }
                if p > Loss.clipEpsilon && p < 1 - Loss.clipEpsilon { unclippedMass += y[j] }
            }
            if let grad {
                for j in 0..<cols {
                    let p = pred[j]
                    let inside = p > Loss.clipEpsilon && p < 1 - Loss.clipEpsilon
                    grad[j] = (p * unclippedMass - (inside ? y[j] : 0)) * scale
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
                return try compute(pred: pp, target: tp, rows: rows, cols: cols, grad: nil)
            }
        }
        return Float(total / Double(Swift.max(rows, 1)))
    }
}
