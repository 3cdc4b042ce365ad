/// Standardizes features with statistics learned by `adapt`: y = (x − mean) / max(√variance, ε)
/// (Keras 3 `Normalization`). Mean and variance are per index of the kept axis (the last, by
/// default) or one pair for the whole input (`axis: nil`); they are non-trainable weights
/// "mean", "variance" and "count", so a summary counts 2·features + 1 parameters, as Keras's does.
public final class Normalization: Layer {
    /// The axis kept (−1: the last); nil reduces over everything.
    public let axis: Int?
    static let epsilon: Float = 1e-7
    private let outBuffer = Buffer("a Normalization layer's output buffer")
    private let dxBuffer = Buffer("a Normalization layer's input-gradient buffer")

    public init(axis: Int? = -1, inputShape: [Int]? = nil, name: String? = nil) {
        self.axis = axis
        super.init(typeName: "Normalization", baseName: "normalization", name: name, inputShape: inputShape)
    }

    /// Features of one sample along the kept axis (1 with `axis: nil`).
    private func features(_ input: [Int]) throws -> Int {
        guard let axis else { return 1 }
        let a = axis < 0 ? axis + input.count : axis
        guard a >= 0, a < input.count else {
            throw EngineError("Layer \"\(name)\" (Normalization): axis \(axis) is outside a per-sample input of shape \(Layer.batchShapeText(input))")
        }
        return input[a]
    }

    /// Elements between consecutive features along the kept axis, within a sample.
    private var innerStride: Int {
        guard let axis, let shape = inputShape else { return 1 }
        let a = axis < 0 ? axis + shape.count : axis
        return shape[(a + 1)...].reduce(1, *)
    }

    override func makeParameters(_ input: [Int], _ g: inout RandomGenerator) throws -> [Parameter] {
        let f = try features(input)
        let what = "Normalization layer \"\(name)\""
        let shape = axis == nil ? [] : [f]
        return [
            try Parameter(name: "mean", shape: shape, trainable: false, values: .init(repeating: 0, count: f), what: what),
            try Parameter(name: "variance", shape: shape, trainable: false, values: .init(repeating: 1, count: f), what: what),
            try Parameter(name: "count", shape: [], trainable: false, values: [0], what: what),
        ]
    }

    /// Learns mean and (population) variance from `data` (first axis = samples), building the
    /// layer for its per-sample shape if needed.
    public func adapt(_ data: Tensor) throws {
        guard data.rank >= 1, data.shape[0] > 0 else {
            throw EngineError("Layer \"\(name)\" (Normalization): adapt needs at least one sample, received shape \(EngineError.shapeText(data.shape))")
        }
        try build(inputShape: Array(data.shape.dropFirst()))
        let f = parameters[0].count, inner = innerStride
        var sum = [Double](repeating: 0, count: f), squares = [Double](repeating: 0, count: f)
        let perFeature = Double(data.count / f)
        for (i, v) in data.scalars.enumerated() {
            let k = (i / inner) % f
            sum[k] += Double(v)
        }
        let mean = sum.map { $0 / perFeature }
        for (i, v) in data.scalars.enumerated() {
            let k = (i / inner) % f
            let d = Double(v) - mean[k]
            squares[k] += d * d
        }
        for k in 0..<f {
            parameters[0].value[k] = Float(mean[k])
            parameters[1].value[k] = Float(squares[k] / perFeature)
        }
        parameters[2].value[0] = Float(data.shape[0])
    }

    /// The learned statistics.
    public var mean: Tensor { parameters.first?.tensor ?? Tensor(shape: [0], scalars: []) }
    public var variance: Tensor { parameters.count > 1 ? parameters[1].tensor : Tensor(shape: [0], scalars: []) }

    override func forward(_ x: UnsafeMutablePointer<Float>, batch: Int, training: Bool) throws -> UnsafeMutablePointer<Float> {
        guard parameters.count == 3 else { return x }
        let n = batch * inputSize, f = parameters[0].count, inner = innerStride
        let out = try outBuffer.ensure(n)
        let mean = parameters[0].value, variance = parameters[1].value
        for i in 0..<n {
            let k = (i / inner) % f
            out[i] = (x[i] - mean[k]) / Swift.max(variance[k].squareRoot(), Normalization.epsilon)
        }
        return out
    }

    override func backward(_ dy: UnsafeMutablePointer<Float>, batch: Int, needInputGrad: Bool) throws -> UnsafeMutablePointer<Float>? {
        guard needInputGrad, parameters.count == 3 else { return nil }
        let n = batch * inputSize, f = parameters[0].count, inner = innerStride
        let dx = try dxBuffer.ensure(n)
        let variance = parameters[1].value
        for i in 0..<n { dx[i] = dy[i] / Swift.max(variance[(i / inner) % f].squareRoot(), Normalization.epsilon) }
        return dx
    }
}
