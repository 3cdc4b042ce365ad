import CEngineKernels

/// y = x·scale + offset (Keras `Rescaling`, e.g. `Rescaling(1.0 / 255)` for pixels); no weights.
public final class Rescaling: Layer {
    public let scale: Float
    public let offset: Float
    private let outBuffer = Buffer("a Rescaling layer's output buffer")

    public init(_ scale: Float, offset: Float = 0, inputShape: [Int]? = nil, name: String? = nil) {
        self.scale = scale
        self.offset = offset
        super.init(typeName: "Rescaling", baseName: "rescaling", name: name, inputShape: inputShape)
    }

    override func forward(_ x: UnsafeMutablePointer<Float>, batch: Int, training: Bool) throws -> UnsafeMutablePointer<Float> {
        let n = batch * inputSize
        let out = try outBuffer.ensure(n)
        for i in 0..<n { out[i] = x[i] * scale + offset }
        return out
    }

    override func backward(_ dy: UnsafeMutablePointer<Float>, batch: Int, needInputGrad: Bool) -> UnsafeMutablePointer<Float>? {
        guard needInputGrad else { return nil }
        ek_scale(dy, batch * inputSize, scale)
        return dy
    }
}
