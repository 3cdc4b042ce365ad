import Foundation

/// Adamax, Keras 3 rule: m += (g−m)(1−β1); u = max(β2·u, |g|); w −= lr·m / ((1−β1^t)(u+ε)).
public final class Adamax: Optimizer {
    public let beta1: Float
    public let beta2: Float
    public let epsilon: Float

    public init(learningRate: Float = 0.001, beta1: Float = 0.9, beta2: Float = 0.999, epsilon: Float = 1e-7) {
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        super.init(typeName: "Adamax", learningRate: learningRate, slotInitialValues: [0, 0])
    }

    override func update(weights w: UnsafeMutablePointer<Float>, gradient g: UnsafePointer<Float>, count n: Int,
                         slots: [UnsafeMutablePointer<Float>], lr: Float, step: Int) {
        let m = slots[0], u = slots[1]
        let correction = 1 - Foundation.pow(beta1, Float(step))
        let c1 = 1 - beta1, b2 = beta2, eps = epsilon
        for i in 0..<n {
            let gi = g[i]
            m[i] += (gi - m[i]) * c1
            u[i] = Swift.max(b2 * u[i], Swift.abs(gi))
            w[i] -= lr * m[i] / (correction * (u[i] + eps))
        }
    }
}
