/// What `fit` returns: per-epoch values under Keras's keys, the epochs' timings, and the
/// text log (verbose-2 lines and callback messages).
public final class History {
    /// Keras's `history.history`: key → one value per epoch.
    public internal(set) var history: [String: [Float]] = [:]
    /// Per-epoch records in order.
    public internal(set) var epochs: [EpochRecord] = []
    /// The log lines of the run ("Epoch 1/5", "469/469 - 1s - 2ms/step - …", messages).
    public internal(set) var logLines: [String] = []
    /// Why training ended early ("early stopping", a NaN message, a caller's reason), if it did.
    public internal(set) var stopReason: String?
    /// Callbacks' warnings (a monitored key that never appears), each once.
    public internal(set) var warnings: [String] = []

    public struct EpochRecord: Equatable, Sendable {
        public let epoch: Int          // one-based
        public let steps: Int
        public let seconds: Double
        public let logs: Logs
    }

    /// Keys in Keras 3's (sorted) order.
    public var keys: [String] { history.keys.sorted() }

    /// The values recorded under `key` ("loss", "val_accuracy", …).
    public subscript(_ key: String) -> [Float] {
        get throws {
            guard let v = history[key] else {
                throw EngineError("History has no key \"\(key)\"; available keys: \(keys.joined(separator: ", "))")
            }
            return v
        }
    }

    /// The whole log as text.
    public var logText: String { logLines.joined(separator: "\n") }

    func record(_ r: EpochRecord) {
        epochs.append(r)
        for (k, v) in r.logs.entries { history[k, default: []].append(v) }
    }
}
