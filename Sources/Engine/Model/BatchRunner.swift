import CEngineKernels

/// Scratch buffers a model reuses across batches (no per-batch allocation).
final class Workspace {
    let x = Buffer("the model's input batch"), y = Buffer("the model's target batch")
    let grad = Buffer("the model's loss-gradient buffer"), out = Buffer("the model's output buffer")
}

/// How batches of one (x, y) pair flow through a compiled model: sizes, the fused loss, and
/// the forward / loss / backward / update steps on raw buffers.
struct BatchRunner {
    let model: Sequential
    let loss: Loss
    let inputSize: Int      // per-sample input elements
    let outputSize: Int     // per-sample output elements
    let targetSize: Int     // per-sample target elements
    let cols: Int           // output last axis
    let rowsPerSample: Int
    /// The output layer's softmax/sigmoid is folded into the crossentropy (Keras's shortcut).
    let fused: Bool
    /// Layers before this index have no trainable weights: no input gradient needed there.
    let firstTrainable: Int
    let trainable: [Parameter]

    /// Validates shapes (building the model if needed) and prepares the plan.
    init(model: Sequential, x: Tensor, y: Tensor?, loss: Loss?) throws {
        guard x.rank >= 1 else { throw EngineError("Model \"\(model.name)\": x must have a batch axis, received a rank-0 tensor") }
        try x.checkConsistent("Model \"\(model.name)\" input x")
        if let y { try y.checkConsistent("Model \"\(model.name)\" target y") }
        guard !model.layers.isEmpty else { throw EngineError("Model \"\(model.name)\" has no layers") }
        let sample = Array(x.shape.dropFirst())
        try model.build(inputShape: sample)
        guard let out = model.outputShape else { throw EngineError("Model \"\(model.name)\" is not built") }
        self.model = model
        self.loss = loss ?? .mse
        inputSize = sample.reduce(1, *)
        outputSize = out.reduce(1, *)
        cols = Swift.max(out.last ?? 1, 1)
        rowsPerSample = outputSize / cols
        if let y {
            guard y.rank >= 1, y.shape[0] == x.shape[0] else {
                throw EngineError("Model \"\(model.name)\": x and y must have the same number of samples, received x shape \(EngineError.shapeText(x.shape)) and y shape \(EngineError.shapeText(y.shape))")
            }
            let t = Array(y.shape.dropFirst())
            try self.loss.validate(targetShape: t, outputShape: out)
            targetSize = t.reduce(1, *)
        } else {
            targetSize = 0
        }
        let last = model.layers.last
        let outKind = (last as? Dense)?.activation.kind ?? (last as? ActivationLayer)?.activation.kind
        let lossValue = self.loss
        fused = !lossValue.fromLogits && (outKind.map { lossValue.fusesWith($0) } ?? false)
        firstTrainable = model.layers.firstIndex { !$0.trainableParameters.isEmpty } ?? model.layers.count
        trainable = model.layers.flatMap(\.trainableParameters)
    }

    /// Marks the output layer so its backward skips the activation when the loss is fused.
    func setFusedFlags(_ on: Bool) {
        if let d = model.layers.last as? Dense { d.gradientIsForLogits = on && fused }
        if let a = model.layers.last as? ActivationLayer { a.gradientIsForLogits = on && fused }
    }

    func forward(_ x: UnsafeMutablePointer<Float>, batch: Int, training: Bool) throws -> UnsafeMutablePointer<Float> {
        var h = x
        var mask: [Float]?
        for l in model.layers {
            l.inputMask = mask
            h = try l.forward(h, batch: batch, training: training)
            mask = l.outputMask
        }
        return h
    }

    /// Mean loss of the batch (without regularization); fills `grad` when given.
    func batchLoss(pred: UnsafePointer<Float>, target: UnsafePointer<Float>, batch: Int, grad: UnsafeMutablePointer<Float>?) throws -> Double {
        let rows = batch * rowsPerSample
        let total = try loss.compute(pred: pred, target: target, rows: rows, cols: cols, grad: grad, throughActivation: fused)
        return total / Double(Swift.max(rows, 1))
    }

    var regularization: Double { model.layers.reduce(0) { $0 + $1.regularizationLoss } }

    /// One optimizer step on a batch already in the workspace; returns loss + penalty and
    /// leaves the predictions at the returned pointer.
    func trainStep(batch: Int, optimizer: Optimizer) throws -> (loss: Double, pred: UnsafeMutablePointer<Float>) {
        let ws = model.workspace
        let pred = try forward(ws.x.pointer, batch: batch, training: true)
        let g = try ws.grad.ensure(batch * outputSize)
        let l = try batchLoss(pred: pred, target: ws.y.pointer, batch: batch, grad: g)
        let penalty = regularization
        var dy = g
        for i in stride(from: model.layers.count - 1, through: 0, by: -1) where i >= firstTrainable {
            guard let d = try model.layers[i].backward(dy, batch: batch, needInputGrad: i > firstTrainable) else { break }
            dy = d
        }
        try optimizer.apply(trainable)
        return (l + penalty, pred)
    }

    /// Copies samples `indices` of x (and y) into the workspace.
    func gather(_ indices: ArraySlice<Int>, x: UnsafePointer<Float>, y: UnsafePointer<Float>?) throws {
        let ws = model.workspace
        let n = indices.count
        let xb = try ws.x.ensure(n * inputSize)
        indices.withUnsafeBufferPointer { ip in
            if let base = ip.baseAddress { ek_gather_rows(xb, x, base, n, inputSize) }
        }
        if let y, targetSize > 0 {
            let yb = try ws.y.ensure(n * targetSize)
            for (k, i) in indices.enumerated() { (yb + k * targetSize).update(from: y + i * targetSize, count: targetSize) }
        }
    }

    /// Starts loading the input rows of the next batch into cache.
    func prefetch(_ indices: ArraySlice<Int>, x: UnsafePointer<Float>) {
        indices.withUnsafeBufferPointer { ip in
            if let base = ip.baseAddress { ek_prefetch_rows(x, base, indices.count, inputSize) }
        }
    }

    /// Copies a contiguous run of samples into the workspace.
    func gather(range: Range<Int>, x: UnsafePointer<Float>, y: UnsafePointer<Float>?) throws {
        let ws = model.workspace
        let xb = try ws.x.ensure(range.count * inputSize)
        xb.update(from: x + range.lowerBound * inputSize, count: range.count * inputSize)
        if let y, targetSize > 0 {
            let yb = try ws.y.ensure(range.count * targetSize)
            yb.update(from: y + range.lowerBound * targetSize, count: range.count * targetSize)
        }
    }
}
