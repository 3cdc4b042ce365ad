/// Adagrad, Keras 3 rule: a += g²; w −= lr·g / sqrt(a + ε); a starts at 0.1.
public final class Adagrad: Optimizer {
    public let initialAccumulatorValue: Float
    public let epsilon: Float

    public init(learningRate: Float = 0.001, initialAccumulatorValue: Float = 0.1, epsilon: Float = 1e-7) {
        self.initialAccumulatorValue = initialAccumulatorValue
        self.epsilon = epsilon
        super.init(typeName: "Adagrad", learningRate: learningRate, slotInitialValues: [initialAccumulatorValue])
    }

    override func update(weights w: UnsafeMutablePointer<Float>, gradient g: UnsafePointer<Float>, count n: Int,
                         slots: [UnsafeMutablePointer<Float>], lr: Float, step: Int) {
        let a = slots[0], eps = epsilon
        for i in 0..<n {
            let gi = g[i]
            a[i] += gi * gi
            w[i] -= lr * gi / (a[i] + eps).squareRoot()
        }
    }
}
