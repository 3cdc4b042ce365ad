/// Sets the optimizer's learning rate at the start of each epoch from `schedule(epoch, rate)`
/// and logs it as `learning_rate` (Keras 3 `LearningRateScheduler`).
public final class LearningRateScheduler: Callback {
    /// (zero-based epoch, current rate) → new rate; doubles, as Keras hands Python floats around.
    public let schedule: (Int, Double) throws -> Double
    public let verbose: Int

    public init(schedule: @escaping (Int, Double) throws -> Double, verbose: Int = 0) {
        self.schedule = schedule
        self.verbose = verbose
    }

    public override func onEpochBegin(_ epoch: Int, _ context: TrainingContext) throws {
        let optimizer = try context.settableOptimizer("LearningRateScheduler")
        let rate = try schedule(epoch, Double(optimizer.learningRate))
        guard rate.isFinite, rate >= 0 else {
            throw EngineError("LearningRateScheduler: the schedule returned \(rate) for epoch \(epoch); it must return a non-negative number")
        }
        optimizer.learningRate = Float(rate)
        if verbose > 0 { context.log("Epoch \(epoch + 1): LearningRateScheduler setting learning rate to \(rate).") }
    }

    public override func onEpochEnd(_ epoch: Int, logs: inout Logs, _ context: TrainingContext) throws {
        if let rate = context.model.optimizer?.currentLearningRate { logs.append("learning_rate", rate) }
    }
}

/// Divides the learning rate by 1/`factor` when a monitored value stops improving for
/// `patience` epochs, then waits `cooldown` epochs; never below `minLearningRate`
/// (Keras 3 `ReduceLROnPlateau`; improvement: cur < best − minDelta, or > for maximized values).
public final class ReduceLROnPlateau: Callback {
    public let monitor: String
    public let factor: Double
    public let patience: Int
    public let mode: EarlyStopping.Mode
    public let minDelta: Float
    public let cooldown: Int
    public let minLearningRate: Float
    public let verbose: Int
    private var best: Float?
    private var wait = 0
    private var cooldownCounter = 0

    public init(monitor: String = "val_loss", factor: Double = 0.1, patience: Int = 10, mode: EarlyStopping.Mode = .auto,
                minDelta: Float = 1e-4, cooldown: Int = 0, minLearningRate: Float = 0, verbose: Int = 0) throws {
        guard factor < 1 else { throw EngineError("ReduceLROnPlateau does not support a factor >= 1.0. Received factor=\(factor)") }
        self.monitor = monitor
        self.factor = factor
        self.patience = patience
        self.mode = mode
        self.minDelta = minDelta
        self.cooldown = cooldown
        self.minLearningRate = minLearningRate
        self.verbose = verbose
    }

    var maximizes: Bool { mode == .max || (mode == .auto && MonitoredValue.isMaximized(monitor)) }

    public override func onTrainBegin(_ context: TrainingContext) throws {
        best = nil; wait = 0; cooldownCounter = 0
    }

    public override func onEpochEnd(_ epoch: Int, logs: inout Logs, _ context: TrainingContext) throws {
        let optimizer = try context.settableOptimizer("ReduceLROnPlateau")
        logs.append("learning_rate", optimizer.learningRate)
        guard let current = logs[monitor] else {
            context.warn(MonitoredValue.missing("Learning rate reduction", monitor, logs))
            return
        }
        if cooldownCounter > 0 { cooldownCounter -= 1; wait = 0 }
        let improved = best.map { maximizes ? current > $0 + minDelta : current < $0 - minDelta } ?? true
        if improved {
            best = current
            wait = 0
        } else if cooldownCounter == 0 {
            wait += 1
            if wait >= patience, optimizer.learningRate > minLearningRate {
                // Keras multiplies the float32 rate as a Python float and prints that double.
                let newRate = Swift.max(Double(optimizer.learningRate) * factor, Double(minLearningRate))
                optimizer.learningRate = Float(newRate)
                if verbose > 0 { context.log("Epoch \(epoch + 1): ReduceLROnPlateau reducing learning rate to \(newRate).") }
                cooldownCounter = cooldown
                wait = 0
            }
        }
    }
}

/// Names and messages shared by the callbacks that watch a log entry.
enum MonitoredValue {
    /// Keras's "auto" mode: accuracy-like names are maximized, the rest minimized.
    static func isMaximized(_ monitor: String) -> Bool {
        let m = monitor.lowercased()
        return ["acc", "auc", "precision", "recall"].contains { m.contains($0) }
    }

    /// Keras's warning for a monitor key the logs do not have.
    static func missing(_ what: String, _ monitor: String, _ logs: Logs) -> String {
        "\(what) conditioned on metric `\(monitor)` which is not available. Available metrics are: \(logs.keys.joined(separator: ","))"
    }
}
