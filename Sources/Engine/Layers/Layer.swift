/// The shared lifecycle of every layer: build on the first input shape, call with an explicit
/// training flag, report output shape and parameter count, get and set weights.
///
/// Internally layers run on raw row-major batches held in buffers they own and reuse; the
/// `Tensor` entry points copy in and out for notebooks and tests.
public class Layer {
    /// Keras class name shown in summaries ("Dense").
    public let typeName: String
    /// snake_case stem for default names ("dense").
    let baseName: String
    /// The layer's name; a model gives unnamed layers "dense", "dense_1", ….
    public internal(set) var name: String
    let hasExplicitName: Bool
    /// Named by a session's counter: models keep the name as it is.
    private(set) var hasSessionName = false
    /// The per-sample input shape given at creation (`inputShape: [784]`), if any.
    public let declaredInputShape: [Int]?
    /// Per-sample shapes (no batch axis), known once built.
    public internal(set) var inputShape: [Int]?
    public internal(set) var outputShape: [Int]?
    /// Weights in Keras order (kernel, bias; gamma, beta, moving mean, moving variance).
    public internal(set) var parameters: [Parameter] = []
    /// False freezes every weight of the layer.
    public var trainable = true

    init(typeName: String, baseName: String, name: String?, inputShape: [Int]?) {
        self.typeName = typeName
        self.baseName = baseName
        self.name = name ?? baseName
        hasExplicitName = name != nil
        declaredInputShape = inputShape
    }

    public var isBuilt: Bool { outputShape != nil }

    /// Gives a layer created without `name:` its session-wide default name, as Keras does when
    /// the layer is created.
    public func takeDefaultName(from counter: NameCounter) {
        guard !hasExplicitName, !hasSessionName else { return }
        name = counter.next(baseName)
        hasSessionName = true
    }

    // MARK: - Overridden by each layer

    /// Output shape for a per-sample input shape; throws naming the layer on a bad shape.
    func computeOutputShape(_ input: [Int]) throws -> [Int] { input }
    /// Creates the weights for a per-sample input shape.
    func makeParameters(_ input: [Int], _ g: inout RandomGenerator) throws -> [Parameter] { [] }
    /// Runs a batch of `batch` samples; returns a pointer valid until the next forward.
    func forward(_ x: UnsafeMutablePointer<Float>, batch: Int, training: Bool) throws -> UnsafeMutablePointer<Float> { x }
    /// Given dL/dy (may be overwritten), stores weight gradients and returns dL/dx when asked.
    func backward(_ dy: UnsafeMutablePointer<Float>, batch: Int, needInputGrad: Bool) throws -> UnsafeMutablePointer<Float>? { dy }
    /// Regularization penalty of the current weights (added once per step).
    var regularizationLoss: Double { 0 }
    /// Whether the mask this layer receives still describes its output (Keras's
    /// `supports_masking` for layers that keep the steps: Dense, Dropout, Activation).
    var propagatesMask: Bool { false }
    /// The mask this layer hands on: the one it received when it propagates masks, else none
    /// (Embedding with `maskZero` makes one).
    var outputMask: [Float]? { propagatesMask ? inputMask : nil }

    // MARK: - Masks

    /// Keras's mask for the current batch: 1 for each step that is data, 0 for padding, one per
    /// sample and step; set by the model before `forward`, nil when no layer below made one.
    var inputMask: [Float]?

    // MARK: - Public lifecycle

    /// Creates weights for a per-sample input shape (no batch axis). Building twice with a
    /// different shape is an error naming both shapes.
    public func build(inputShape input: [Int]) throws {
        if let built = inputShape {
            guard built == input else {
                throw EngineError("Layer \"\(name)\" (\(typeName)) was built for input shape \(Layer.batchShapeText(built)), received input shape \(Layer.batchShapeText(input))")
            }
            return
        }
        // Checked first: the layers size their weights and buffers from these products.
        _ = try Allocator.elementCount(input, "Layer \"\(name)\" (\(typeName)) input shape")
        let out = try computeOutputShape(input)
        _ = try Allocator.elementCount(out, "Layer \"\(name)\" (\(typeName)) output shape")
        var g = EngineRandom.fork()
        parameters = try makeParameters(input, &g)
        inputShape = input
        outputShape = out
    }

    /// Applies the layer to a batch tensor (first axis = samples). Inference unless `training`.
    public func callAsFunction(_ x: Tensor, training: Bool = false) throws -> Tensor {
        guard x.rank >= 1 else {
            throw EngineError("Layer \"\(name)\" (\(typeName)) needs a batch of inputs, received a rank-0 tensor")
        }
        try x.checkConsistent("Layer \"\(name)\" input")
        let sample = Array(x.shape.dropFirst())
        try build(inputShape: sample)
        guard let out = outputShape else { throw EngineError("Layer \"\(name)\" is not built") }
        let batch = x.shape[0]
        let what = "Layer \"\(name)\" (\(typeName)) output for \(batch) samples"
        let n = try Allocator.elementCount([batch] + out, what)
        try Allocator.reserve(n, what)
        var input = x.scalars
        return try input.withUnsafeMutableBufferPointer { ip -> Tensor in
            guard let base = ip.baseAddress, batch > 0 else {
                return Tensor(shape: [batch] + out, scalars: [])
            }
            let y = try forward(base, batch: batch, training: training)
            return Tensor(shape: [batch] + out, scalars: Array(UnsafeBufferPointer(start: y, count: n)))
        }
    }

    /// Total number of weights (trainable and not).
    public var countParams: Int { parameters.reduce(0) { $0 + $1.count } }
    public var trainableParamCount: Int { trainable ? parameters.filter(\.trainable).reduce(0) { $0 + $1.count } : 0 }
    public var nonTrainableParamCount: Int { countParams - trainableParamCount }

    /// Parameters an optimizer should update.
    var trainableParameters: [Parameter] { trainable ? parameters.filter(\.trainable) : [] }

    /// Copies of the weights, in Keras order.
    public func getWeights() -> [Tensor] { parameters.map(\.tensor) }

    /// Replaces the weights; count and every shape must match.
    public func setWeights(_ weights: [Tensor]) throws {
        guard isBuilt else { throw EngineError("Layer \"\(name)\" (\(typeName)) has no weights yet: it is not built") }
        guard weights.count == parameters.count else {
            throw EngineError("Layer \"\(name)\" (\(typeName)) expects \(parameters.count) weights, received \(weights.count)")
        }
        for (p, w) in zip(parameters, weights) { try p.assign(w, layer: "\"\(name)\"") }
    }

    /// "(None, 128)": the output shape with the batch axis, as Keras prints it.
    public var outputShapeText: String { outputShape.map(Layer.batchShapeText) ?? "?" }

    static func batchShapeText(_ s: [Int]) -> String {
        "(" + (["None"] + s.map(String.init)).joined(separator: ", ") + ")"
    }

    /// Elements per sample of the input and output.
    var inputSize: Int { inputShape?.reduce(1, *) ?? 0 }
    var outputSize: Int { outputShape?.reduce(1, *) ?? 0 }
}
