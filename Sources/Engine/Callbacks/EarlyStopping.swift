/// Stops training when a monitored value stops improving (Keras 3 `EarlyStopping`).
///
/// wait counts non-improving epochs; training stops when wait ≥ patience (so patience 0 acts
/// like 1); an improvement is cur < best − |minDelta| (or > for maximized values).
/// restoreBestWeights restores the best epoch's weights at the end, even without a stop.
public final class EarlyStopping: Callback {
    public enum Mode: String, Sendable { case auto, min, max }
    public let monitor: String
    public let minDelta: Float
    public let patience: Int
    public let mode: Mode
    public let restoreBestWeights: Bool
    public let baseline: Float?
    public let startFromEpoch: Int
    public let verbose: Int

    /// One-based epoch at which training stopped (0 if it did not stop).
    public private(set) var stoppedEpoch = 0
    /// One-based epoch with the best monitored value (0 if none).
    public private(set) var bestEpoch = 0
    public private(set) var best: Float?
    private var wait = 0
    private var bestWeights: [Tensor]?

    public init(monitor: String = "val_loss", minDelta: Float = 0, patience: Int = 0, mode: Mode = .auto,
                restoreBestWeights: Bool = false, baseline: Float? = nil, startFromEpoch: Int = 0, verbose: Int = 0) {
        self.monitor = monitor
        self.minDelta = Swift.abs(minDelta)
        self.patience = patience
        self.mode = mode
        self.restoreBestWeights = restoreBestWeights
        self.baseline = baseline
        self.startFromEpoch = startFromEpoch
        self.verbose = verbose
    }

    /// True when larger values are better.
    var maximizes: Bool {
        switch mode {
        case .max: return true
        case .min: return false
        case .auto:
            return MonitoredValue.isMaximized(monitor)
        }
    }

    func isImprovement(_ value: Float, over reference: Float?) -> Bool {
        guard let reference else { return true }
        return maximizes ? value - minDelta > reference : value + minDelta < reference
    }

    public override func onTrainBegin(_ context: TrainingContext) throws {
        wait = 0; stoppedEpoch = 0; bestEpoch = 0; best = nil; bestWeights = nil
    }

    public override func onEpochEnd(_ epoch: Int, logs: inout Logs, _ context: TrainingContext) throws {
        guard let current = logs[monitor] else {
            context.warn(MonitoredValue.missing("Early stopping", monitor, logs))
            return
        }
        if epoch < startFromEpoch { return }
        if restoreBestWeights && bestWeights == nil { bestWeights = context.model.getWeights() }
        wait += 1
        if isImprovement(current, over: best) {
            best = current
            bestEpoch = epoch + 1
            if restoreBestWeights { bestWeights = context.model.getWeights() }
            if baseline == nil || isImprovement(current, over: baseline) { wait = 0 }
            return
        }
        if wait >= patience && epoch > 0 {
            stoppedEpoch = epoch + 1
            context.requestStop(reason: "early stopping")
        }
    }

    public override func onTrainEnd(_ context: TrainingContext) throws {
        if stoppedEpoch > 0 && verbose > 0 { context.log("Epoch \(stoppedEpoch): early stopping") }
        if restoreBestWeights, let w = bestWeights {
            if verbose > 0 { context.log("Restoring model weights from the end of the best epoch: \(bestEpoch).") }
            try context.model.setWeights(w)
        }
    }
}
