/// A hook into `fit` (Keras's `Callback`): override the events you need. Callbacks may ask
/// training to stop (`context.requestStop`) and may write log lines (`context.log`).
public class Callback {
    public init() {}
    public func onTrainBegin(_ context: TrainingContext) throws {}
    public func onEpochBegin(_ epoch: Int, _ context: TrainingContext) throws {}
    /// `batch` is zero-based; `logs` holds running epoch means so far.
    public func onBatchEnd(_ batch: Int, logs: Logs, _ context: TrainingContext) throws {}
    /// `epoch` is zero-based; `logs` holds the epoch's final values (with val_ entries) and may
    /// be added to, as Keras callbacks add to their `logs` dict.
    public func onEpochEnd(_ epoch: Int, logs: inout Logs, _ context: TrainingContext) throws {}
    /// After every callback's `onEpochEnd`, once the epoch is in the history and the log.
    public func onEpochLogged(_ epoch: Int, logs: Logs, _ context: TrainingContext) throws {}
    public func onTrainEnd(_ context: TrainingContext) throws {}
}

/// Named values in Keras 3's printing order: the step's values sorted by key, then the keys
/// callbacks added (`learning_rate`) in the order they were added.
public struct Logs: Equatable, Sendable {
    public private(set) var entries: [(key: String, value: Float)] = []
    /// Entries before this index are the sorted ones; the rest were appended by callbacks.
    private var sortedCount = 0

    public init(_ pairs: [(String, Float)] = []) {
        for (k, v) in pairs { self[k] = v }
    }

    public subscript(_ key: String) -> Float? {
        get { entries.first { $0.key == key }?.value }
        set {
            if let i = entries.firstIndex(where: { $0.key == key }) {
                if let newValue {
                    entries[i].value = newValue
                } else {
                    entries.remove(at: i)
                    if i < sortedCount { sortedCount -= 1 }
                }
            } else if let newValue {
                let at = entries[..<sortedCount].firstIndex { $0.key > key } ?? sortedCount
                entries.insert((key, newValue), at: at)
                sortedCount += 1
            }
        }
    }

    /// Sets `key`, adding it after every existing entry when new (a callback's addition).
    public mutating func append(_ key: String, _ value: Float) {
        if let i = entries.firstIndex(where: { $0.key == key }) { entries[i].value = value } else { entries.append((key, value)) }
    }

    public var keys: [String] { entries.map(\.key) }

    public static func == (a: Logs, b: Logs) -> Bool {
        a.entries.count == b.entries.count && zip(a.entries, b.entries).allSatisfy { $0.key == $1.key && ($0.value == $1.value || ($0.value.isNaN && $1.value.isNaN)) }
    }
}

/// What callbacks see of a running `fit`.
public final class TrainingContext {
    public let model: Sequential
    public let epochs: Int
    public let stepsPerEpoch: Int
    public let verbose: Int
    /// Why training stopped early, if a callback or the NaN check said so.
    public internal(set) var stopReason: String?
    let emit: (String) -> Void

    init(model: Sequential, epochs: Int, stepsPerEpoch: Int, verbose: Int, emit: @escaping (String) -> Void) {
        self.model = model
        self.epochs = epochs
        self.stepsPerEpoch = stepsPerEpoch
        self.verbose = verbose
        self.emit = emit
    }

    /// Ends training after the current batch's epoch completes (Keras `stop_training = True`).
    public func requestStop(reason: String? = nil) {
        model.stopTraining = true
        if stopReason == nil { stopReason = reason }
    }

    /// Adds a line to the training log (and to the live output when verbose).
    public func log(_ line: String) { emit(line) }

    /// Warnings so far, each once, in order (Python shows a repeated warning once).
    public private(set) var warnings: [String] = []

    /// Records a warning for the page, whatever `verbose` says; repeats are dropped.
    public func warn(_ message: String) {
        if !warnings.contains(message) { warnings.append(message) }
    }

    /// The model's optimizer, when its learning rate may be set (not driven by a schedule).
    func settableOptimizer(_ who: String) throws -> Optimizer {
        guard let optimizer = model.optimizer else { throw EngineError("\(who): the model has no optimizer; call compile first") }
        guard optimizer.schedule == nil else {
            throw EngineError("\(who): the optimizer was created with a learning-rate schedule, so its learning rate is not settable")
        }
        return optimizer
    }
}
