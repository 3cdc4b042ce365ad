import Foundation

/// A callback made of closures (Keras `LambdaCallback`); epochs and batches are zero-based.
public final class LambdaCallback: Callback {
    public typealias EpochHook = (Int, Logs) throws -> Void
    let trainBegin: (() throws -> Void)?
    let trainEnd: (() throws -> Void)?
    let epochBegin: ((Int) throws -> Void)?
    let epochEnd: EpochHook?
    let batchEnd: EpochHook?

    public init(onTrainBegin: (() throws -> Void)? = nil, onTrainEnd: (() throws -> Void)? = nil,
                onEpochBegin: ((Int) throws -> Void)? = nil, onEpochEnd: EpochHook? = nil, onBatchEnd: EpochHook? = nil) {
        trainBegin = onTrainBegin
        trainEnd = onTrainEnd
        epochBegin = onEpochBegin
        epochEnd = onEpochEnd
        batchEnd = onBatchEnd
    }

    public override func onTrainBegin(_ context: TrainingContext) throws { try trainBegin?() }
    public override func onTrainEnd(_ context: TrainingContext) throws { try trainEnd?() }
    public override func onEpochBegin(_ epoch: Int, _ context: TrainingContext) throws { try epochBegin?(epoch) }
    public override func onEpochEnd(_ epoch: Int, logs: inout Logs, _ context: TrainingContext) throws { try epochEnd?(epoch, logs) }
    public override func onBatchEnd(_ batch: Int, logs: Logs, _ context: TrainingContext) throws { try batchEnd?(batch, logs) }
}

/// Keeps the model's weights at the end of every epoch, or only when the monitored value
/// improves (`saveBestOnly`), under a name the notebook reads back with `loadWeights` or
/// `loadModel` (Keras `ModelCheckpoint`; the bindings keep it in the notebook's files folder, or in
/// memory when there is none).
public final class ModelCheckpoint: Callback {
    public let filepath: String
    public let monitor: String
    public let saveBestOnly: Bool
    public let mode: EarlyStopping.Mode
    public let verbose: Int
    /// Receives the path (with `{epoch}` filled in) and the model each time it is saved.
    let store: (String, Sequential) throws -> Void
    public private(set) var best: Float?

    public init(filepath: String, monitor: String = "val_loss", saveBestOnly: Bool = false, mode: EarlyStopping.Mode = .auto,
                verbose: Int = 0, store: @escaping (String, Sequential) throws -> Void) {
        self.filepath = filepath
        self.monitor = monitor
        self.saveBestOnly = saveBestOnly
        self.mode = mode
        self.verbose = verbose
        self.store = store
    }

    var maximizes: Bool { mode == .max || (mode == .auto && MonitoredValue.isMaximized(monitor)) }

    public override func onTrainBegin(_ context: TrainingContext) throws { best = nil }

    public override func onEpochEnd(_ epoch: Int, logs: inout Logs, _ context: TrainingContext) throws {
        // Keras fills "{epoch}" (one-based) and "{epoch:02d}" style fields.
        let path = ModelCheckpoint.fill(filepath, epoch: epoch + 1)
        guard saveBestOnly else {
            try store(path, context.model)
            if verbose > 0 { context.log("Epoch \(epoch + 1): saving model to \(path)") }
            return
        }
        guard let current = logs[monitor] else {
            context.warn("Can save best model only with \(monitor) available, skipping.")
            return
        }
        let improved = best.map { maximizes ? current > $0 : current < $0 } ?? true
        if improved {
            if verbose > 0 {
                let previous = best.map { "\(Double($0))" } ?? (maximizes ? "-inf" : "inf")
                context.log("Epoch \(epoch + 1): \(monitor) improved from \(previous) to \(Double(current)), saving model to \(path)")
            }
            best = current
            try store(path, context.model)
        } else if verbose > 0 {
            context.log("Epoch \(epoch + 1): \(monitor) did not improve from \(best.map { Double($0) } ?? 0)")
        }
    }

    static func fill(_ template: String, epoch: Int) -> String {
        var out = template.replacingOccurrences(of: "{epoch}", with: "\(epoch)")
        for width in 1...4 {
            let digits = String(epoch)
            out = out.replacingOccurrences(of: "{epoch:0\(width)d}", with: String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits)
        }
        return out
    }
}
