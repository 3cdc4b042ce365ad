/// Fully connected layer: y = activation(x·W + b) on the last axis (Keras `Dense`).
public final class Dense: Layer {
    public let units: Int
    public let activation: Activation
    public let useBias: Bool
    public let kernelInitializer: Initializer
    public let biasInitializer: Initializer
    public let kernelRegularizer: Regularizer?
    public let biasRegularizer: Regularizer?

    private let zBuffer = Buffer("a Dense layer's pre-activation buffer"), outBuffer = Buffer("a Dense layer's output buffer")
    private let dxBuffer = Buffer("a Dense layer's input-gradient buffer")
    private var lastInput: UnsafeMutablePointer<Float>?
    private var lastRows = 0
    /// Set by the model when the loss already gave dL/dz (the fused softmax/sigmoid + crossentropy).
    var gradientIsForLogits = false

    public init(_ units: Int, activation: Activation = .linear, useBias: Bool = true,
                kernelInitializer: Initializer = .glorotUniform, biasInitializer: Initializer = .zeros,
                kernelRegularizer: Regularizer? = nil, biasRegularizer: Regularizer? = nil,
                inputShape: [Int]? = nil, name: String? = nil) {
        self.units = units
        self.activation = activation
        self.useBias = useBias
        self.kernelInitializer = kernelInitializer
        self.biasInitializer = biasInitializer
        self.kernelRegularizer = kernelRegularizer
        self.biasRegularizer = biasRegularizer
        super.init(typeName: "Dense", baseName: "dense", name: name, inputShape: inputShape)
    }

    /// Throwing entry point for notebook input: rejects a non-positive unit count.
    public static func checked(_ units: Int, activation: Activation = .linear, inputShape: [Int]? = nil) throws -> Dense {
        guard units > 0 else { throw EngineError("Dense: units must be a positive integer, received \(units)") }
        return Dense(units, activation: activation, inputShape: inputShape)
    }

    override func computeOutputShape(_ input: [Int]) throws -> [Int] {
        guard units > 0 else { throw EngineError("Layer \"\(name)\" (Dense): units must be a positive integer, received \(units)") }
        guard let last = input.last, last > 0 else {
            throw EngineError("Layer \"\(name)\" (Dense) needs inputs with a non-empty last axis, received input shape \(Layer.batchShapeText(input))")
        }
        _ = last
        return Array(input.dropLast()) + [units]
    }

    override func makeParameters(_ input: [Int], _ g: inout RandomGenerator) throws -> [Parameter] {
        let fanIn = input.last ?? 0
        let what = "Dense layer \"\(name)\""
        return try Parameter.kernelAndBias([fanIn, units], units: units, useBias: useBias, kernelInitializer, biasInitializer, &g, what: what)
    }

    /// The kernel [in, units] and bias [units] (nil before build or without bias).
    var kernel: Parameter? { parameters.first }
    var bias: Parameter? { useBias && parameters.count > 1 ? parameters[1] : nil }

    /// Keeps z apart from the output only when the derivative or the loss needs it.
    private var keepsLogits: Bool { activation.backwardNeedsPreActivation }

    /// Pre-activation values of the last forward pass (the logits for the fused loss).
    var lastLogits: UnsafeMutablePointer<Float> { keepsLogits ? zBuffer.pointer : outBuffer.pointer }

    override var propagatesMask: Bool { true }

    override func forward(_ x: UnsafeMutablePointer<Float>, batch: Int, training: Bool) throws -> UnsafeMutablePointer<Float> {
        guard let kernel else { return x }
        let fanIn = kernel.shape[0]
        let rows = batch * (inputSize / Swift.max(fanIn, 1))
        lastInput = x
        lastRows = rows
        let out = try outBuffer.ensure(rows * units)
        let z = keepsLogits ? try zBuffer.ensure(rows * units) : out
        try activation.affineForward(x, rows: rows, depth: fanIn, kernel: kernel.value, bias: bias?.value, units: units, z: z, out: out)
        return out
    }

    override func backward(_ dy: UnsafeMutablePointer<Float>, batch: Int, needInputGrad: Bool) throws -> UnsafeMutablePointer<Float>? {
        guard let kernel, let x = lastInput else { return nil }
        let fanIn = kernel.shape[0], rows = lastRows
        if !gradientIsForLogits {
            activation.backward(dy, z: lastLogits, out: outBuffer.pointer, rows: rows, cols: units)
        }
        // dW = xᵀ·dz, without materializing the transpose.
        try BLAS.sgemm(transA: true, transB: false, m: fanIn, n: units, k: rows,
                   a: x, lda: fanIn, b: dy, ldb: units, c: kernel.grad, ldc: units)
        if let r = kernelRegularizer { r.addGradient(kernel.value, kernel.grad, kernel.count) }
        if let bias {
            Kernels.columnSums(dy, into: bias.grad, rows: rows, cols: units)
            if let r = biasRegularizer { r.addGradient(bias.value, bias.grad, bias.count) }
        }
        guard needInputGrad else { return nil }
        let dx = try dxBuffer.ensure(rows * fanIn)
        try BLAS.sgemm(transA: false, transB: true, m: rows, n: fanIn, k: units,
                   a: dy, lda: units, b: kernel.value, ldb: units, c: dx, ldc: fanIn)
        return dx
    }

    override var regularizationLoss: Double {
        var s: Double = 0
        if let r = kernelRegularizer, let k = kernel { s += r.penalty(k.value, k.count) }
        if let r = biasRegularizer, let b = bias { s += r.penalty(b.value, b.count) }
        return s
    }
}
