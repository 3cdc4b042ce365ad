/// Loss and metrics from `evaluate`, readable by name or by position (loss first, then the
/// metrics in compile order).
public struct Evaluation: Equatable, Sendable, CustomStringConvertible {
    public let names: [String]
    public let values: [Float]
    /// Batches evaluated (Keras's step count).
    public let steps: Int

    public init(names: [String], values: [Float], steps: Int = 1) {
        self.names = names
        self.values = values
        self.steps = steps
    }

    public var loss: Float { values[0] }

    public subscript(_ index: Int) -> Float {
        get throws {
            guard values.indices.contains(index) else {
                throw EngineError("Evaluation has \(values.count) values (\(names.joined(separator: ", "))), index \(index) is out of range")
            }
            return values[index]
        }
    }

    public subscript(_ name: String) -> Float {
        get throws {
            guard let i = names.firstIndex(of: name) else {
                throw EngineError("Evaluation has no value \"\(name)\"; available: \(names.joined(separator: ", "))")
            }
            return values[i]
        }
    }

    /// Keras's closing progress line without its wall-clock part, like fit's lines on a page:
    /// `313/313 - accuracy: 0.8629 - loss: 0.3786`.
    public var logLine: String {
        "\(steps)/\(steps)" + FitLog.valuesText(Logs(Array(zip(names, values))))
    }

    /// "[0.3412, 0.8791]" like Keras's returned list (or the loss alone without metrics).
    public var description: String {
        values.count == 1 ? "\(values[0])" : "[" + values.map { "\($0)" }.joined(separator: ", ") + "]"
    }
}

extension Sequential {
    /// Loss (with regularization) and metrics in inference mode, batch-size-weighted.
    public func evaluate(_ x: Tensor, _ y: Tensor, batchSize: Int = 32) throws -> Evaluation {
        guard loss != nil else {
            throw EngineError("Model \"\(name)\" must be compiled before evaluate: call compile(optimizer:loss:metrics:)")
        }
        let values = try evaluateValues(x, y, batchSize: batchSize)
        let rows = x.shape.first ?? 0
        return Evaluation(names: ["loss"] + metrics.map(\.name), values: values, steps: Sequential.batchCount(rows, batchSize))
    }

    func evaluateValues(_ x: Tensor, _ y: Tensor, batchSize: Int) throws -> [Float] {
        guard batchSize > 0 else { throw EngineError("evaluate: batchSize must be positive, received \(batchSize)") }
        let runner = try BatchRunner(model: self, x: x, y: y, loss: loss)
        let states = try MetricState.states(metrics, targetShape: Array(y.shape.dropFirst()), outputShape: outputShape ?? [])
        let n = x.shape[0]
        var lossSum: Double = 0
        let budget = EngineBudget.current
        try x.scalars.withUnsafeBufferPointer { xbuf in
            try y.scalars.withUnsafeBufferPointer { ybuf in
                guard let xp = xbuf.baseAddress, let yp = ybuf.baseAddress else { return }
                var lo = 0
                while lo < n {
                    let hi = Sequential.batchEnd(lo, batchSize, n), bs = hi - lo
                    try budget.checkDeadline()
                    try runner.gather(range: lo..<hi, x: xp, y: yp)
                    let pred = try runner.forward(workspace.x.pointer, batch: bs, training: false)
                    let target = UnsafePointer(workspace.y.pointer)
                    let l = try runner.batchLoss(pred: pred, target: target, batch: bs, grad: nil) + runner.regularization
                    lossSum += l * Double(bs)
                    for s in states { try s.update(pred: pred, target: target, rows: bs * runner.rowsPerSample, cols: runner.cols) }
                    lo = hi
                }
            }
        }
        return [Float(lossSum / Double(Swift.max(n, 1)))] + states.map(\.result)
    }

    /// Outputs for every sample in inference mode (float32, batches of `batchSize`).
    public func predict(_ x: Tensor, batchSize: Int = 32) throws -> Tensor {
        guard batchSize > 0 else { throw EngineError("predict: batchSize must be positive, received \(batchSize)") }
        let runner = try BatchRunner(model: self, x: x, y: nil, loss: loss)
        let n = x.shape[0]
        let what = "predict output for \(n) samples of shape \(EngineError.shapeText(outputShape ?? []))"
        var out = try Allocator.floats(try Allocator.elementCount([n, runner.outputSize], what), what)
        let budget = EngineBudget.current
        try x.scalars.withUnsafeBufferPointer { xbuf in
            try out.withUnsafeMutableBufferPointer { obuf in
                guard let xp = xbuf.baseAddress, let op = obuf.baseAddress else { return }
                var lo = 0
                while lo < n {
                    let hi = Sequential.batchEnd(lo, batchSize, n), bs = hi - lo
                    try budget.checkDeadline()
                    try runner.gather(range: lo..<hi, x: xp, y: nil)
                    let pred = try runner.forward(workspace.x.pointer, batch: bs, training: false)
                    (op + lo * runner.outputSize).update(from: pred, count: bs * runner.outputSize)
                    lo = hi
                }
            }
        }
        return Tensor(shape: [n] + (outputShape ?? []), scalars: out)
    }

    /// Batches of `batchSize` (positive) covering `count` samples, without overflowing at Int.max.
    static func batchCount(_ count: Int, _ batchSize: Int) -> Int {
        count == 0 ? 0 : (count - 1) / batchSize + 1
    }

    /// The end of the batch starting at `start`: `start + batchSize`, at most `count`.
    static func batchEnd(_ start: Int, _ batchSize: Int, _ count: Int) -> Int {
        batchSize >= count - start ? count : start + batchSize
    }

    /// Applies the model to a batch (inference unless `training`), like calling a Keras model.
    public func callAsFunction(_ x: Tensor, training: Bool = false) throws -> Tensor {
        if !training { return try predict(x, batchSize: Swift.max(1, x.shape.first ?? 1)) }
        var h = x
        for l in layers { h = try l(h, training: true) }
        return h
    }
}
