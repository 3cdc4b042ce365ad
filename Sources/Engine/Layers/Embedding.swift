/// Looks up a trainable vector per token id: [n, …] ids → [n, …, outputDim] (Keras `Embedding`).
///
/// Forward is a gather of rows of the [inputDim, outputDim] table; backward scatter-adds dL/dy
/// into the rows that were read (ids repeat, so rows accumulate). Ids are not differentiable, so
/// there is no input gradient. `maskZero` marks id 0 as padding for the layers that read masks.
public final class Embedding: Layer {
    public let inputDim: Int
    public let outputDim: Int
    public let maskZero: Bool
    public let embeddingsInitializer: Initializer

    private let outBuffer = Buffer("an Embedding layer's output buffer")
    private var lastIds: [Int] = []

    public init(inputDim: Int, outputDim: Int, embeddingsInitializer: Initializer = .randomUniform, maskZero: Bool = false,
                inputShape: [Int]? = nil, name: String? = nil) {
        self.inputDim = inputDim
        self.outputDim = outputDim
        self.maskZero = maskZero
        self.embeddingsInitializer = embeddingsInitializer
        super.init(typeName: "Embedding", baseName: "embedding", name: name, inputShape: inputShape)
    }

    override func computeOutputShape(_ input: [Int]) throws -> [Int] {
        guard inputDim > 0, outputDim > 0 else {
            throw EngineError("Layer \"\(name)\" (Embedding): inputDim and outputDim must be positive, received \(inputDim) and \(outputDim)")
        }
        return input + [outputDim]
    }

    override func makeParameters(_ input: [Int], _ g: inout RandomGenerator) throws -> [Parameter] {
        let what = "Embedding layer \"\(name)\""
        let values = try embeddingsInitializer.values([inputDim, outputDim], &g, what: "\(what) embeddings")
        return [try Parameter(name: "embeddings", shape: [inputDim, outputDim], values: values, what: what)]
    }

    /// The mask Keras's `mask_zero` gives: 1 where the id is not 0, per token of the last forward.
    override var outputMask: [Float]? { maskZero ? lastIds.map { $0 == 0 ? 0 : 1 } : nil }

    override func forward(_ x: UnsafeMutablePointer<Float>, batch: Int, training: Bool) throws -> UnsafeMutablePointer<Float> {
        guard let table = parameters.first else { return x }
        let tokens = batch * inputSize
        let out = try outBuffer.ensure(tokens * outputDim)
        lastIds.removeAll(keepingCapacity: true)
        for i in 0..<tokens {
            let v = x[i]
            guard v >= 0, v < Float(inputDim), v == v.rounded() else {
                throw EngineError("Layer \"\(name)\" (Embedding) received token id \(v), outside 0..<\(inputDim) (inputDim)")
            }
            lastIds.append(Int(v))
        }
        for (t, id) in lastIds.enumerated() {
            (out + t * outputDim).update(from: table.value + id * outputDim, count: outputDim)
        }
        return out
    }

    override func backward(_ dy: UnsafeMutablePointer<Float>, batch: Int, needInputGrad: Bool) throws -> UnsafeMutablePointer<Float>? {
        guard let table = parameters.first else { return nil }
        table.grad.update(repeating: 0, count: table.count)
        for (t, id) in lastIds.enumerated() {
            let row = table.grad + id * outputDim, d = dy + t * outputDim
            for j in 0..<outputDim { row[j] += d[j] }
        }
        return nil
    }
}
