/// Stochastic gradient descent, Keras 3 rule:
/// plain: w −= lr·g; momentum: v = μ·v − lr·g, w += v; nesterov: w += μ·v − lr·g (v already updated).
public final class SGD: Optimizer {
    public let momentum: Float
    public let nesterov: Bool

    public init(learningRate: Float = 0.01, momentum: Float = 0, nesterov: Bool = false) {
        self.momentum = momentum
        self.nesterov = nesterov
        super.init(typeName: "SGD", learningRate: learningRate, slotInitialValues: momentum != 0 ? [0] : [])
    }

    override func validate() throws {
        try super.validate()
        guard momentum >= 0, momentum <= 1 else { throw EngineError("SGD: momentum must be in [0, 1], received \(momentum)") }
    }

    override func update(weights w: UnsafeMutablePointer<Float>, gradient g: UnsafePointer<Float>, count n: Int,
                         slots: [UnsafeMutablePointer<Float>], lr: Float, step: Int) {
        guard let v = slots.first else {
            for i in 0..<n { w[i] -= lr * g[i] }
            return
        }
        let mu = momentum
        if nesterov {
            for i in 0..<n { let vi = -g[i] * lr + v[i] * mu; v[i] = vi; w[i] += -g[i] * lr + vi * mu }
        } else {
            for i in 0..<n { let vi = -g[i] * lr + v[i] * mu; v[i] = vi; w[i] += vi }
        }
    }
}
