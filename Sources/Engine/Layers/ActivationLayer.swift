/// Applies an activation as its own layer (Keras `Activation`); base of `LeakyReLU`.
public class ActivationLayer: Layer {
    public let activation: Activation
    private let outBuffer = Buffer("an activation layer's output buffer")
    private var lastInput: UnsafeMutablePointer<Float>?
    private var lastRows = 0, lastCols = 1
    /// Set by the model when the loss already gave dL/dz (fused softmax/sigmoid + crossentropy).
    var gradientIsForLogits = false

    public convenience init(_ activation: Activation, inputShape: [Int]? = nil, name: String? = nil) {
        self.init(activation, typeName: "Activation", baseName: "activation", inputShape: inputShape, name: name)
    }

    init(_ activation: Activation, typeName: String, baseName: String, inputShape: [Int]?, name: String?) {
        self.activation = activation
        super.init(typeName: typeName, baseName: baseName, name: name, inputShape: inputShape)
    }

    /// The layer's input: the logits for the fused loss.
    var lastLogits: UnsafeMutablePointer<Float>? { lastInput }

    override var propagatesMask: Bool { true }

    override func forward(_ x: UnsafeMutablePointer<Float>, batch: Int, training: Bool) throws -> UnsafeMutablePointer<Float> {
        let cols = Swift.max(inputShape?.last ?? 1, 1)
        let n = batch * inputSize
        lastInput = x
        lastCols = cols
        lastRows = n / cols
        let out = try outBuffer.ensure(n)
        activation.forward(x, out, rows: lastRows, cols: cols)
        return out
    }

    override func backward(_ dy: UnsafeMutablePointer<Float>, batch: Int, needInputGrad: Bool) -> UnsafeMutablePointer<Float>? {
        guard let x = lastInput else { return dy }
        if !gradientIsForLogits {
            activation.backward(dy, z: x, out: outBuffer.pointer, rows: lastRows, cols: lastCols)
        }
        return dy
    }
}

/// Leaky ReLU as a layer; Keras's layer default slope is 0.3.
public final class LeakyReLU: ActivationLayer {
    public init(negativeSlope: Float = 0.3, inputShape: [Int]? = nil, name: String? = nil) {
        super.init(.leakyRelu(alpha: negativeSlope), typeName: "LeakyReLU", baseName: "leaky_re_lu", inputShape: inputShape, name: name)
    }
}
