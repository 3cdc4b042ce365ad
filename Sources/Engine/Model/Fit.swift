import Foundation

extension Sequential {
    /// Trains the model (Keras `fit`). Per epoch: reset metrics → batches → validation →
    /// callbacks' epoch end → stop check. Lines are sent to `log` when verbose > 0 (printed
    /// when no `log` is given) and always kept in the returned history.
    @discardableResult
    public func fit(_ x: Tensor, _ y: Tensor, epochs: Int = 1, batchSize: Int = 32, validationSplit: Double = 0,
                    validationData: (Tensor, Tensor)? = nil, shuffle: Bool = true, callbacks: [Callback] = [],
                    verbose: Int = 1, stopOnNaN: Bool = true, log: ((String) -> Void)? = nil) throws -> History {
        guard let optimizer, let loss else {
            throw EngineError("Model \"\(name)\" must be compiled before fit: call compile(optimizer:loss:metrics:)")
        }
        guard epochs >= 0 else { throw EngineError("fit: epochs must be non-negative, received \(epochs)") }
        guard batchSize > 0 else { throw EngineError("fit: batchSize must be positive, received \(batchSize)") }
        guard validationSplit >= 0, validationSplit < 1 else {
            throw EngineError("fit: validationSplit must be in [0, 1), received \(validationSplit)")
        }
        let runner = try BatchRunner(model: self, x: x, y: y, loss: loss)
        let n = x.shape[0]
        // Keras 3: the last samples, before shuffling, fixed for all epochs.
        var trainCount = n
        var validation = validationData
        if validation == nil && validationSplit > 0 {
            trainCount = Int((Double(n) * (1 - validationSplit)).rounded(.down))
            guard trainCount > 0, trainCount < n else {
                throw EngineError("fit: validationSplit \(validationSplit) leaves no samples for training or validation out of \(n)")
            }
            validation = (try x[trainCount..<n], try y[trainCount..<n])
        }
        if let (vx, vy) = validation {
            _ = try BatchRunner(model: self, x: vx, y: vy, loss: loss)
            guard vx.shape.dropFirst().elementsEqual(x.shape.dropFirst()) else {
                throw EngineError.shapes("fit: validation inputs must match the training inputs", vx.shape, x.shape)
            }
        }
        guard trainCount > 0 else { throw EngineError("fit: no training samples") }

        let history = History()
        let steps = Sequential.batchCount(trainCount, batchSize)
        let emit: (String) -> Void = { line in
            history.logLines.append(line)
            if verbose > 0 { if let log { log(line) } else { print(line) } }
        }
        let context = TrainingContext(model: self, epochs: epochs, stepsPerEpoch: steps, verbose: verbose, emit: emit)
        let states = try MetricState.states(metrics, targetShape: Array(y.shape.dropFirst()), outputShape: outputShape ?? [])
        var rng = EngineRandom.fork()
        let budget = EngineBudget.current
        let tuner = ThreadTuner()
        stopTraining = false
        runner.setFusedFlags(true)
        defer { runner.setFusedFlags(false) }
        try callbacks.forEach { try $0.onTrainBegin(context) }

        try x.scalars.withUnsafeBufferPointer { xbuf in
            try y.scalars.withUnsafeBufferPointer { ybuf in
                guard let xp = xbuf.baseAddress, let yp = ybuf.baseAddress else { return }
                var order = Array(0..<trainCount)
                for epoch in 0..<epochs {
                    try callbacks.forEach { try $0.onEpochBegin(epoch, context) }
                    if epochs > 1 { emit(FitLog.epochHeader(epoch + 1, epochs)) } // Keras 3 prints no "Epoch 1/1"
                    let start = ContinuousClock.now
                    try budget.checkDeadline()
                    if shuffle { order = rng.permutation(trainCount) }
                    states.forEach { $0.reset() }
                    var lossSum: Double = 0
                    var seen = 0
                    var stepsDone = 0
                    for step in 0..<steps {
                        let lo = step * batchSize, hi = Sequential.batchEnd(lo, batchSize, trainCount)
                        let bs = hi - lo
                        // The safe point of training: one clock read per batch.
                        try budget.checkDeadline()
                        if shuffle {
                            try runner.gather(order[lo..<hi], x: xp, y: yp)
                            let nextHi = Sequential.batchEnd(hi, batchSize, trainCount)
                            if hi < nextHi { runner.prefetch(order[hi..<nextHi], x: xp) }
                        } else {
                            try runner.gather(range: lo..<hi, x: xp, y: yp)
                        }
                        let (l, pred) = try runner.trainStep(batch: bs, optimizer: optimizer)
                        tuner.stepFinished()
                        lossSum += l * Double(bs)
                        seen += bs
                        stepsDone = step + 1
                        let target = UnsafePointer(workspace.y.pointer)
                        for s in states {
                            try s.update(pred: pred, target: target, rows: bs * runner.rowsPerSample, cols: runner.cols)
                        }
                        var logs = Logs([("loss", Float(lossSum / Double(seen)))])
                        for s in states { logs[s.name] = s.result }
                        if stopOnNaN && !l.isFinite {
                            let message = "Batch \(step): Invalid loss, terminating training"
                            emit(message)
                            context.requestStop(reason: "\(message) (epoch \(epoch + 1)): the loss became \(Float(l)). Try a smaller learning rate or check the inputs for NaN values.")
                        }
                        try callbacks.forEach { try $0.onBatchEnd(step, logs: logs, context) }
                        if stopTraining { break }
                    }
                    var logs = Logs([("loss", Float(lossSum / Double(Swift.max(seen, 1))))])
                    for s in states { logs[s.name] = s.result }
                    if let (vx, vy) = validation {
                        let v = try evaluateValues(vx, vy, batchSize: batchSize)
                        logs["val_loss"] = v[0]
                        for (k, s) in states.enumerated() { logs["val_" + s.name] = v[k + 1] }
                    }
                    let seconds = ContinuousClock.now.seconds(since: start)
                    // Keras runs the callbacks before its History and progress bar: a callback may add
                    // entries (ReduceLROnPlateau's learning_rate) that the epoch line and history show.
                    for c in callbacks { try c.onEpochEnd(epoch, logs: &logs, context) }
                    emit(FitLog.verbose2Line(steps: stepsDone, seconds: seconds, logs: logs))
                    history.record(.init(epoch: epoch + 1, steps: stepsDone, seconds: seconds, logs: logs))
                    for c in callbacks { try c.onEpochLogged(epoch, logs: logs, context) }
                    if stopTraining { break }
                }
            }
        }
        try callbacks.forEach { try $0.onTrainEnd(context) }
        history.stopReason = context.stopReason
        history.warnings = context.warnings
        return history
    }
}
