/// Weight penalties added once per step to the loss, unscaled by batch size (as Keras does).
public struct Regularizer: Equatable, Sendable {
    public let l1: Float
    public let l2: Float

    public static func l1(_ lambda: Float = 0.01) -> Regularizer { Regularizer(l1: lambda, l2: 0) }
    public static func l2(_ lambda: Float = 0.01) -> Regularizer { Regularizer(l1: 0, l2: lambda) }
    public static func l1l2(l1: Float = 0.01, l2: Float = 0.01) -> Regularizer { Regularizer(l1: l1, l2: l2) }

    /// λ1·Σ|w| + λ2·Σw², accumulated in Double.
    func penalty(_ w: UnsafePointer<Float>, _ n: Int) -> Double {
        var a: Double = 0, s: Double = 0
        for i in 0..<n { let v = Double(w[i]); a += Swift.abs(v); s += v * v }
        return Double(l1) * a + Double(l2) * s
    }

    /// grad += λ1·sign(w) + 2λ2·w.
    func addGradient(_ w: UnsafePointer<Float>, _ g: UnsafeMutablePointer<Float>, _ n: Int) {
        let a = l1, b = 2 * l2
        for i in 0..<n {
            let v = w[i]
            g[i] += b * v + (v > 0 ? a : (v < 0 ? -a : 0))
        }
    }
}
