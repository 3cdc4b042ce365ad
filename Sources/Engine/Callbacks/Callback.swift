/// A hook into `fit` (Keras's `Callback`): override the events you need. Callbacks may ask
/// training to stop (`context.requestStop`) and may write log lines (`context.log`).
public class Callback {
    public init() {}
    public func onTrainBegin(_ context: TrainingContext) throws {}
    public func onEpochBegin(_ epoch: Int, _ context: TrainingContext) throws {}
    /// `batch` is zero-based; `logs` holds running epoch means so far.
    public func onBatchEnd(_ batch: Int, logs: Logs, _ context: TrainingContext) throws {}
    /// `epoch` is zero-based; `logs` holds the epoch's final values (with val_ entries).
    public func onEpochEnd(_ epoch: Int, logs: Logs, _ context: TrainingContext) throws {}
    public func onTrainEnd(_ context: TrainingContext) throws {}
}

/// Named values in a fixed, sorted key order (deterministic printing).
public struct Logs: Equatable, Sendable {
    public private(set) var entries: [(key: String, value: Float)] = []

    public init(_ pairs: [(String, Float)] = []) {
        for (k, v) in pairs { self[k] = v }
    }

    public subscript(_ key: String) -> Float? {
        get { entries.first { $0.key == key }?.value }
        set {
            if let i = entries.firstIndex(where: { $0.key == key }) {
                if let newValue { entries[i].value = newValue } else { entries.remove(at: i) }
            } else if let newValue {
                entries.append((key, newValue))
                entries.sort { $0.key < $1.key }
            }
        }
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
}
