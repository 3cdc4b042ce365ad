/// A linear stack of layers with Keras's `Sequential` API: add, compile, fit, evaluate,
/// predict, summary, get/set weights.
public final class Sequential {
    /// The layers in order (an `Input` given at creation is not listed, as in Keras).
    public private(set) var layers: [Layer] = []
    public var name: String
    /// Per-sample input shape from `Input(shape:)` or the first layer's `inputShape:`.
    public private(set) var declaredInputShape: [Int]?
    public private(set) var optimizer: Optimizer?
    public private(set) var loss: Loss?
    public private(set) var metrics: [Metric] = []
    /// Set by callbacks to end `fit` after the current epoch.
    public var stopTraining = false

    let workspace = Workspace()

    public init(_ layers: [Layer] = [], name: String = "sequential") {
        self.name = name
        for l in layers { add(l) }
    }

    /// Appends a layer; unnamed layers without a session name get "dense", "dense_1", … in this
    /// model (the engine used without a notebook session).
    public func add(_ layer: Layer) {
        if layer is Input {
            declaredInputShape = layer.declaredInputShape
            return
        }
        // A first layer already built (an adapted Normalization) fixes the input shape too.
        if layers.isEmpty, declaredInputShape == nil, let s = layer.declaredInputShape ?? layer.inputShape { declaredInputShape = s }
        if !layer.hasExplicitName, !layer.hasSessionName {
            let taken = Set(layers.map(\.name))
            var candidate = layer.baseName
            var k = 0
            while taken.contains(candidate) { k += 1; candidate = "\(layer.baseName)_\(k)" }
            layer.name = candidate
        }
        layers.append(layer)
        // Keras builds as soon as the input shape is known, so weights exist right away.
        // A shape error here is raised again, with its message, by summary/fit/predict.
        try? buildIfDeclared()
    }

    /// Appends a layer like `add`, but a build the budget refuses (weights too large) is an
    /// error here, at the line that made the model, and the layer is not kept.
    public func adding(_ layer: Layer) throws {
        let before = layers.count
        add(layer)
        guard layers.count > before, !isBuilt, declaredInputShape != nil else { return }
        do {
            try buildIfDeclared()
        } catch let error as BudgetExceeded {
            layers.removeLast()
            throw error
        } catch {
            // Shape errors wait for summary/fit/predict, which raise them with their message.
        }
    }

    /// Layer by name (Keras's `get_layer`).
    public func layer(named n: String) throws -> Layer {
        guard let l = layers.first(where: { $0.name == n }) else {
            throw EngineError("Model \"\(name)\" has no layer named \"\(n)\"; layers: \(layers.map(\.name).joined(separator: ", "))")
        }
        return l
    }

    public var isBuilt: Bool { !layers.isEmpty && layers.allSatisfy(\.isBuilt) }

    /// Builds every layer for a per-sample input shape (no batch axis).
    public func build(inputShape: [Int]) throws {
        if let d = declaredInputShape, d != inputShape {
            let first = layers.first.map { "\"\($0.name)\"" } ?? "input"
            throw EngineError("Input of layer \(first) is incompatible with the layer: expected shape \(Layer.batchShapeText(d)), received input with shape \(Layer.batchShapeText(inputShape))")
        }
        var shape = inputShape
        for l in layers {
            if let d = l.declaredInputShape, l !== layers.first, d != shape {
                throw EngineError("Input of layer \"\(l.name)\" (\(l.typeName)) is incompatible with the layer: expected shape \(Layer.batchShapeText(d)), received input with shape \(Layer.batchShapeText(shape))")
            }
            if let built = l.inputShape, built != shape {
                throw EngineError("Input of layer \"\(l.name)\" (\(l.typeName)) is incompatible with the layer: expected axis -1 of input shape to have value \(built.last ?? 0), but received input with shape \(Layer.batchShapeText(shape))")
            }
            try l.build(inputShape: shape)
            shape = l.outputShape ?? shape
        }
    }

    /// Builds from the declared input shape when there is one (for summary before fit).
    func buildIfDeclared() throws {
        if !isBuilt, let d = declaredInputShape { try build(inputShape: d) }
    }

    public var inputShape: [Int]? { layers.first?.inputShape ?? declaredInputShape }
    public var outputShape: [Int]? { layers.last?.outputShape }

    /// Sets optimizer, loss and metrics; resets the optimizer's state.
    public func compile(optimizer: Optimizer = RMSprop(), loss: Loss, metrics: [Metric] = []) throws {
        try optimizer.validate()
        let names = metrics.map(\.name)
        guard Set(names).count == names.count else { throw EngineError("compile: metric names must be unique, received \(names)") }
        self.optimizer = optimizer
        self.loss = loss
        self.metrics = metrics
        optimizer.reset()
    }

    // MARK: - Weights

    public var countParams: Int { layers.reduce(0) { $0 + $1.countParams } }
    public var trainableParamCount: Int { layers.reduce(0) { $0 + $1.trainableParamCount } }
    public var nonTrainableParamCount: Int { layers.reduce(0) { $0 + $1.nonTrainableParamCount } }

    /// Every layer's weights in order.
    public func getWeights() -> [Tensor] { layers.flatMap { $0.getWeights() } }

    public func setWeights(_ weights: [Tensor]) throws {
        let expected = layers.reduce(0) { $0 + $1.parameters.count }
        guard weights.count == expected else {
            throw EngineError("Model \"\(name)\" expects \(expected) weight arrays, received \(weights.count)")
        }
        var i = 0
        for l in layers {
            let n = l.parameters.count
            try l.setWeights(Array(weights[i..<(i + n)]))
            i += n
        }
    }
}
