/// A built or unbuilt `Sequential` used as one layer of another (Keras's
/// `Sequential([model, Softmax()])`): one summary row named after the model, its layers' weights
/// shared with the model, forward and backward through its layers in order.
public final class ModelLayer: Layer {
    public let model: Sequential

    public init(_ model: Sequential) {
        self.model = model
        super.init(typeName: "Sequential", baseName: "sequential", name: model.name, inputShape: model.inputShape)
    }

    override func computeOutputShape(_ input: [Int]) throws -> [Int] {
        guard !model.layers.isEmpty else { throw EngineError("Model \"\(model.name)\" has no layers, so it cannot be used as a layer") }
        try model.build(inputShape: input)
        guard let out = model.outputShape else { throw EngineError("Model \"\(model.name)\" is not built") }
        return out
    }

    override func makeParameters(_ input: [Int], _ g: inout RandomGenerator) throws -> [Parameter] {
        model.layers.flatMap(\.parameters)
    }

    override var trainableParameters: [Parameter] { trainable ? model.layers.flatMap(\.trainableParameters) : [] }
    override public var trainableParamCount: Int { trainable ? model.trainableParamCount : 0 }
    override var regularizationLoss: Double { model.layers.reduce(0) { $0 + $1.regularizationLoss } }

    override func forward(_ x: UnsafeMutablePointer<Float>, batch: Int, training: Bool) throws -> UnsafeMutablePointer<Float> {
        var h = x
        for l in model.layers { h = try l.forward(h, batch: batch, training: training) }
        return h
    }

    override func backward(_ dy: UnsafeMutablePointer<Float>, batch: Int, needInputGrad: Bool) throws -> UnsafeMutablePointer<Float>? {
        var d = dy
        for (i, l) in model.layers.enumerated().reversed() {
            guard let next = try l.backward(d, batch: batch, needInputGrad: i > 0 || needInputGrad) else { return nil }
            d = next
        }
        return d
    }
}

extension Sequential {
    /// This model as a layer of another model (`Sequential([model.asLayer, Softmax()])`).
    public var asLayer: ModelLayer { ModelLayer(self) }
}
