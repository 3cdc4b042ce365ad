/// Adadelta, Keras 3 rule: Eg = ρ·Eg + (1−ρ)g²; Δ = −sqrt(Ed+ε)/sqrt(Eg+ε)·g;
/// Ed = ρ·Ed + (1−ρ)Δ²; w += lr·Δ.
public final class Adadelta: Optimizer {
    public let rho: Float
    public let epsilon: Float

    public init(learningRate: Float = 0.001, rho: Float = 0.95, epsilon: Float = 1e-7) {
        self.rho = rho
        self.epsilon = epsilon
        super.init(typeName: "Adadelta", learningRate: learningRate, slotInitialValues: [0, 0])
    }

    override func update(weights w: UnsafeMutablePointer<Float>, gradient g: UnsafePointer<Float>, count n: Int,
                         slots: [UnsafeMutablePointer<Float>], lr: Float, step: Int) {
        let eg = slots[0], ed = slots[1], rho = rho, eps = epsilon
        for i in 0..<n {
            let gi = g[i]
            eg[i] = rho * eg[i] + (1 - rho) * gi * gi
            let delta = -(ed[i] + eps).squareRoot() * gi / (eg[i] + eps).squareRoot()
            ed[i] = rho * ed[i] + (1 - rho) * delta * delta
            w[i] += lr * delta
        }
    }
}
