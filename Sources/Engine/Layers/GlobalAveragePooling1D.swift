/// Mean over the steps of sequences (Keras `GlobalAveragePooling1D`): [steps, c] → [c]. Under a
/// mask (an `Embedding` with `maskZero`) only unmasked steps count, as in Keras:
/// y = Σ_t m_t·x_t / Σ_t m_t (a sample with every step masked gives NaN there too).
public final class GlobalAveragePooling1D: GlobalPooling {
    private let maskedOut = Buffer("a masked pooling layer's output buffer"), maskedDx = Buffer("a masked pooling layer's input-gradient buffer")
    private var lastMaskedBatch = 0

    public init(inputShape: [Int]? = nil, name: String? = nil) {
        super.init(spatialRank: 1, takesMaximum: false, typeName: "GlobalAveragePooling1D", baseName: "global_average_pooling1d", inputShape: inputShape, name: name)
    }

    private var dims: (steps: Int, channels: Int) {
        let c = outputShape?.first ?? 1
        return (inputSize / Swift.max(c, 1), c)
    }

    override func forward(_ x: UnsafeMutablePointer<Float>, batch: Int, training: Bool) throws -> UnsafeMutablePointer<Float> {
        guard let mask = inputMask, mask.count == batch * dims.steps else { return try super.forward(x, batch: batch, training: training) }
        let (steps, c) = dims
        let out = try maskedOut.ensure(batch * c)
        lastMaskedBatch = batch
        for b in 0..<batch {
            var kept: Float = 0
            for t in 0..<steps { kept += mask[b * steps + t] }
            for j in 0..<c {
                var s: Float = 0
                for t in 0..<steps where mask[b * steps + t] != 0 { s += x[(b * steps + t) * c + j] }
                out[b * c + j] = s / kept
            }
        }
        return out
    }

    override func backward(_ dy: UnsafeMutablePointer<Float>, batch: Int, needInputGrad: Bool) throws -> UnsafeMutablePointer<Float>? {
        guard let mask = inputMask, mask.count == batch * dims.steps else { return try super.backward(dy, batch: batch, needInputGrad: needInputGrad) }
        guard needInputGrad else { return nil }
        let (steps, c) = dims
        let dx = try maskedDx.ensure(lastMaskedBatch * steps * c)
        for b in 0..<lastMaskedBatch {
            var kept: Float = 0
            for t in 0..<steps { kept += mask[b * steps + t] }
            for t in 0..<steps {
                let w = mask[b * steps + t] / kept
                for j in 0..<c { dx[(b * steps + t) * c + j] = w * dy[b * c + j] }
            }
        }
        return dx
    }
}
