import CEngineKernels

/// The shared body of the global pooling layers: the mean or max over every position of an
/// image [h, w, c] or a sequence [steps, c], leaving [c].
public class GlobalPooling: Layer {
    let takesMaximum: Bool
    let spatialRank: Int
    private let outBuffer = Buffer("a global pooling layer's output buffer"), dxBuffer = Buffer("a global pooling layer's input-gradient buffer")
    private var lastInput: UnsafeMutablePointer<Float>?
    private var lastBatch = 0

    init(spatialRank: Int, takesMaximum: Bool, typeName: String, baseName: String, inputShape: [Int]?, name: String?) {
        self.spatialRank = spatialRank
        self.takesMaximum = takesMaximum
        super.init(typeName: typeName, baseName: baseName, name: name, inputShape: inputShape)
    }

    override func computeOutputShape(_ input: [Int]) throws -> [Int] {
        guard input.count == spatialRank + 1 else {
            throw EngineError("Input 0 of layer \"\(name)\" (\(typeName)) is incompatible with the layer: expected ndim=\(spatialRank + 2), found ndim=\(input.count + 1). Full shape received: \(Layer.batchShapeText(input))")
        }
        guard input.dropLast().allSatisfy({ $0 > 0 }) else {
            throw EngineError("Layer \"\(name)\" (\(typeName)) cannot pool over an empty axis, received input shape \(Layer.batchShapeText(input))")
        }
        return [input[spatialRank]]
    }

    private var channels: Int { outputShape?.first ?? 1 }

    override func forward(_ x: UnsafeMutablePointer<Float>, batch: Int, training: Bool) throws -> UnsafeMutablePointer<Float> {
        let c = channels
        let out = try outBuffer.ensure(batch * c)
        lastInput = x
        lastBatch = batch
        ek_global_pool(x, out, batch, inputSize / Swift.max(c, 1), c, takesMaximum ? 1 : 0)
        return out
    }

    override func backward(_ dy: UnsafeMutablePointer<Float>, batch: Int, needInputGrad: Bool) throws -> UnsafeMutablePointer<Float>? {
        guard needInputGrad, let x = lastInput else { return nil }
        let c = channels
        let dx = try dxBuffer.ensure(lastBatch * inputSize)
        ek_global_pool_backward(x, outBuffer.pointer, dy, dx, lastBatch, inputSize / Swift.max(c, 1), c, takesMaximum ? 1 : 0)
        return dx
    }
}
