import CEngineKernels

/// The shared body of `Conv2D` and `Conv1D`: y = activation(im2col(x)·K + b) as one sgemm per
/// batch, NHWC, Keras's kernel layout ([kh, kw, cin, filters], or [k, cin, filters] in 1-D).
///
/// Backward: dK = colᵀ·dz, db = Σ dz, dcol = dz·Kᵀ (into the im2col buffer, no longer needed)
/// and dx = col2im(dcol). Every buffer is kept and reused across batches.
public class Convolution: Layer {
    public let filters: Int
    /// Window and strides; 1-D layers have height 1.
    public let kernelSize: Size2D
    public let strides: Size2D
    public let padding: Padding
    public let activation: Activation
    public let useBias: Bool
    public let kernelInitializer: Initializer
    public let biasInitializer: Initializer
    public let kernelRegularizer: Regularizer?
    public let biasRegularizer: Regularizer?
    /// 2 for images, 1 for sequences.
    let spatialRank: Int

    private var geometry: WindowGeometry?
    private let colBuffer = Buffer("a convolution layer's im2col buffer")
    private let zBuffer = Buffer("a convolution layer's pre-activation buffer"), outBuffer = Buffer("a convolution layer's output buffer")
    private let dxBuffer = Buffer("a convolution layer's input-gradient buffer")
    private var lastColumns: UnsafeMutablePointer<Float>?
    private var lastBatch = 0

    init(spatialRank: Int, filters: Int, kernelSize: Size2D, strides: Size2D, padding: Padding, activation: Activation,
         useBias: Bool, kernelInitializer: Initializer, biasInitializer: Initializer, kernelRegularizer: Regularizer?,
         biasRegularizer: Regularizer?, typeName: String, baseName: String, inputShape: [Int]?, name: String?) {
        self.spatialRank = spatialRank
        self.filters = filters
        self.kernelSize = kernelSize
        self.strides = strides
        self.padding = padding
        self.activation = activation
        self.useBias = useBias
        self.kernelInitializer = kernelInitializer
        self.biasInitializer = biasInitializer
        self.kernelRegularizer = kernelRegularizer
        self.biasRegularizer = biasRegularizer
        super.init(typeName: typeName, baseName: baseName, name: name, inputShape: inputShape)
    }

    private var label: String { "\"\(name)\" (\(typeName))" }

    override func computeOutputShape(_ input: [Int]) throws -> [Int] {
        guard filters > 0 else { throw EngineError("Layer \(label): filters must be a positive integer, received \(filters)") }
        let g = try WindowGeometry(input: input, spatialRank: spatialRank, window: kernelSize, strides: strides, padding: padding, layer: label)
        geometry = g
        return g.outputShape(spatialRank: spatialRank, filters)
    }

    /// [kh, kw, cin, filters] (2-D) or [k, cin, filters] (1-D).
    private func kernelShape(_ cin: Int) -> [Int] {
        spatialRank == 2 ? [kernelSize.height, kernelSize.width, cin, filters] : [kernelSize.width, cin, filters]
    }

    override func makeParameters(_ input: [Int], _ g: inout RandomGenerator) throws -> [Parameter] {
        let shape = kernelShape(input.last ?? 0)
        let what = "\(typeName) layer \"\(name)\""
        return try Parameter.kernelAndBias(shape, units: filters, useBias: useBias, kernelInitializer, biasInitializer, &g, what: what)
    }

    var kernel: Parameter? { parameters.first }
    var bias: Parameter? { useBias && parameters.count > 1 ? parameters[1] : nil }

    /// A 1×1 window with stride 1 reads each input row as it is: no packing needed.
    private var isPointwise: Bool { kernelSize == Size2D(1, 1) && strides == Size2D(1, 1) }

    /// Keeps z apart from the output only when the activation's derivative needs it.
    private var keepsLogits: Bool { activation.backwardNeedsPreActivation }

    private var logits: UnsafeMutablePointer<Float> { keepsLogits ? zBuffer.pointer : outBuffer.pointer }

    override func forward(_ x: UnsafeMutablePointer<Float>, batch: Int, training: Bool) throws -> UnsafeMutablePointer<Float> {
        guard let kernel, let geometry else { return x }
        let depth = geometry.window.height * geometry.window.width * geometry.channels
        let rows = batch * geometry.rows.output * geometry.cols.output
        let columns: UnsafeMutablePointer<Float>
        if isPointwise {
            columns = x
        } else {
            columns = try colBuffer.ensure(rows * depth)
            try Allocator.checkDeadline()
            ek_im2col(x, columns, geometry.kernelWindow(batch: batch))
        }
        lastColumns = columns
        lastBatch = batch
        let out = try outBuffer.ensure(rows * filters)
        let z = keepsLogits ? try zBuffer.ensure(rows * filters) : out
        try activation.affineForward(columns, rows: rows, depth: depth, kernel: kernel.value, bias: bias?.value, units: filters, z: z, out: out)
        return out
    }

    override func backward(_ dy: UnsafeMutablePointer<Float>, batch: Int, needInputGrad: Bool) throws -> UnsafeMutablePointer<Float>? {
        guard let kernel, let geometry, let columns = lastColumns else { return nil }
        let depth = geometry.window.height * geometry.window.width * geometry.channels
        let rows = lastBatch * geometry.rows.output * geometry.cols.output
        activation.backward(dy, z: logits, out: outBuffer.pointer, rows: rows, cols: filters)
        try BLAS.sgemm(transA: true, transB: false, m: depth, n: filters, k: rows,
                       a: columns, lda: depth, b: dy, ldb: filters, c: kernel.grad, ldc: filters)
        if let r = kernelRegularizer { r.addGradient(kernel.value, kernel.grad, kernel.count) }
        if let bias {
            Kernels.columnSums(dy, into: bias.grad, rows: rows, cols: filters)
            if let r = biasRegularizer { r.addGradient(bias.value, bias.grad, bias.count) }
        }
        guard needInputGrad else { return nil }
        if isPointwise {
            let dx = try dxBuffer.ensure(rows * depth)
            try BLAS.sgemm(transA: false, transB: true, m: rows, n: depth, k: filters,
                           a: dy, lda: filters, b: kernel.value, ldb: filters, c: dx, ldc: depth)
            return dx
        }
        // The packed input is spent once dK is known: its buffer takes dcol.
        let dcol = try colBuffer.ensure(rows * depth)
        lastColumns = nil
        try BLAS.sgemm(transA: false, transB: true, m: rows, n: depth, k: filters,
                       a: dy, lda: filters, b: kernel.value, ldb: filters, c: dcol, ldc: depth)
        let dx = try dxBuffer.ensure(lastBatch * inputSize)
        try Allocator.checkDeadline()
        ek_col2im(dcol, dx, geometry.kernelWindow(batch: lastBatch))
        return dx
    }

    override var regularizationLoss: Double {
        var s: Double = 0
        if let r = kernelRegularizer, let k = kernel { s += r.penalty(k.value, k.count) }
        if let r = biasRegularizer, let b = bias { s += r.penalty(b.value, b.count) }
        return s
    }
}
