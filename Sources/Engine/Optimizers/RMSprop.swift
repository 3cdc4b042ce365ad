import CEngineKernels

/// RMSprop, Keras 3 rule: s = ρ·s + (1−ρ)·g²; w −= lr·g / sqrt(s + ε) (ε inside the root).
/// centered: the denominator subtracts (mean g)²; momentum: m = μ·m + step, w −= m.
public final class RMSprop: Optimizer {
    public let rho: Float
    public let momentum: Float
    public let epsilon: Float
    public let centered: Bool

    public init(learningRate: Float = 0.001, rho: Float = 0.9, momentum: Float = 0, epsilon: Float = 1e-7, centered: Bool = false) {
        self.rho = rho
        self.momentum = momentum
        self.epsilon = epsilon
        self.centered = centered
        // slots: [velocity, (momentum), (average gradient)]
        var initial: [Float] = [0]
        if momentum > 0 { initial.append(0) }
        if centered { initial.append(0) }
        super.init(typeName: "RMSprop", learningRate: learningRate, slotInitialValues: initial)
    }

    override func update(weights w: UnsafeMutablePointer<Float>, gradient g: UnsafePointer<Float>, count n: Int,
                         slots: [UnsafeMutablePointer<Float>], lr: Float, step: Int) {
        let s = slots[0], rho = rho, oneMinus = 1 - rho, eps = epsilon
        if momentum == 0 && !centered {
            // The flagship model's hot path: the same rule as one vectorized C pass.
            ek_rmsprop_pool(w, g, s, n, lr, rho, eps)
            return
        }
        let m: UnsafeMutablePointer<Float>? = momentum > 0 ? slots[1] : nil
        let avg: UnsafeMutablePointer<Float>? = centered ? slots[slots.count - 1] : nil
        for i in 0..<n {
            let gi = g[i]
            s[i] = rho * s[i] + oneMinus * gi * gi
            var denom = s[i]
            if let avg {
                avg[i] = rho * avg[i] + oneMinus * gi
                denom -= avg[i] * avg[i]
            }
            let inc = lr * gi / (denom + eps).squareRoot()
            if let m {
                m[i] = momentum * m[i] + inc
                w[i] -= m[i]
            } else {
                w[i] -= inc
            }
        }
    }
}
