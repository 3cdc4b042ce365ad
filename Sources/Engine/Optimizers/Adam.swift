import CEngineKernels
import Foundation

/// Adam, Keras 3 rule: m += (g−m)(1−β1); v += (g²−v)(1−β2);
/// α = lr·sqrt(1−β2^t)/(1−β1^t); w −= α·m/(sqrt(v)+ε).
public final class Adam: Optimizer {
    public let beta1: Float
    public let beta2: Float
    public let epsilon: Float

    public init(learningRate: Float = 0.001, beta1: Float = 0.9, beta2: Float = 0.999, epsilon: Float = 1e-7) {
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        super.init(typeName: "Adam", learningRate: learningRate, slotInitialValues: [0, 0])
    }

    override func update(weights w: UnsafeMutablePointer<Float>, gradient g: UnsafePointer<Float>, count n: Int,
                         slots: [UnsafeMutablePointer<Float>], lr: Float, step: Int) {
        let m = slots[0], v = slots[1]
        let t = Float(step)
        let alpha = lr * (1 - Foundation.pow(beta2, t)).squareRoot() / (1 - Foundation.pow(beta1, t))
        // m += (g−m)(1−β1); v += (g²−v)(1−β2); w −= α·m/(√v+ε), as one vectorized C pass.
        ek_adam(w, g, m, v, n, alpha, beta1, beta2, epsilon)
    }
}
