import CEngineKernels

/// The shared body of the max and average pooling layers (1-D and 2-D, NHWC); the loops are
/// C kernels (CEngineKernels/pooling.c). Strides default to the pool size, as in Keras.
public class Pooling: Layer {
    public let poolSize: Size2D
    public let strides: Size2D
    public let padding: Padding
    /// Max (true) or average pooling.
    let takesMaximum: Bool
    let spatialRank: Int

    private var geometry: WindowGeometry?
    private let outBuffer = Buffer("a pooling layer's output buffer"), dxBuffer = Buffer("a pooling layer's input-gradient buffer")
    /// Max pooling: where each maximum came from (offsets within the sample, as Int32).
    private let argmaxBuffer = Buffer("a max pooling layer's index buffer")
    private var argmax: UnsafeMutablePointer<Int32>?
    private var lastInput: UnsafeMutablePointer<Float>?
    private var lastBatch = 0

    init(spatialRank: Int, takesMaximum: Bool, poolSize: Size2D, strides: Size2D?, padding: Padding,
         typeName: String, baseName: String, inputShape: [Int]?, name: String?) {
        self.spatialRank = spatialRank
        self.takesMaximum = takesMaximum
        self.poolSize = poolSize
        self.strides = strides ?? poolSize
        self.padding = padding
        super.init(typeName: typeName, baseName: baseName, name: name, inputShape: inputShape)
    }

    override func computeOutputShape(_ input: [Int]) throws -> [Int] {
        let g = try WindowGeometry(input: input, spatialRank: spatialRank, window: poolSize, strides: strides,
                                   padding: padding, layer: "\"\(name)\" (\(typeName))")
        geometry = g
        return g.outputShape(spatialRank: spatialRank, g.channels)
    }

    override func forward(_ x: UnsafeMutablePointer<Float>, batch: Int, training: Bool) throws -> UnsafeMutablePointer<Float> {
        guard let geometry else { return x }
        let out = try outBuffer.ensure(batch * outputSize)
        lastInput = x
        lastBatch = batch
        try Allocator.checkDeadline()
        let w = geometry.kernelWindow(batch: batch)
        if takesMaximum {
            guard inputSize < Int(Int32.max) else { throw EngineError("Layer \"\(name)\" (\(typeName)): samples of \(inputSize) values are too large to pool") }
            // Int32 and Float have the same size: the float scratch buffer holds the indices.
            let n = batch * outputSize
            let indices = UnsafeMutableRawPointer(try argmaxBuffer.ensure(n)).bindMemory(to: Int32.self, capacity: n)
            argmax = indices
            ek_max_pool(x, out, indices, w)
        } else {
            ek_avg_pool(x, out, w)
        }
        return out
    }

    override func backward(_ dy: UnsafeMutablePointer<Float>, batch: Int, needInputGrad: Bool) throws -> UnsafeMutablePointer<Float>? {
        guard needInputGrad, let geometry, lastInput != nil else { return nil }
        let dx = try dxBuffer.ensure(lastBatch * inputSize)
        try Allocator.checkDeadline()
        let w = geometry.kernelWindow(batch: lastBatch)
        if takesMaximum {
            guard let argmax else { return nil }
            ek_max_pool_backward(argmax, dy, dx, w)
        } else {
            ek_avg_pool_backward(dy, dx, w)
        }
        return dx
    }
}
