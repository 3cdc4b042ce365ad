import Engine
import Foundation
import Interpreter
import NotebookModel

/// `fit`, `evaluate`, `predict` and `History`.
extension BindingState {
    func registerTraining(_ model: HostType) {
        registerHistory()

        model.method("fit", [
            HostParam(), HostParam(), HostParam("epochs", default: .int(1)), HostParam("batchSize", default: .int(32)),
            HostParam("validationSplit", default: .double(0)), HostParam("validationData", default: Value.none),
            HostParam("shuffle", default: .bool(true)), HostParam("callbacks", default: .array([])), HostParam("verbose", default: .int(1)),
        ]) { [self] call in
            let m = try receiverModel(call)
            let x = try tensor(call[0]), y = try tensor(call[1])
            let validation = try call.optional(5).map { try validationPair($0) }
            let callbacks = try call[7].toArray().map { try payload($0, as: Callback.self, "a callback such as EarlyStopping()") }
            let verbose = try call.int(8)
            // The cell's deadline is checked by the engine itself, once per batch (EngineBudget).
            let progress = ProgressCallback(
                onBatch: { [self] event in
                    context.training(TrainingEvent(epoch: event.epoch, epochs: event.epochs, phase: .batch(event.step, of: event.steps),
                                                   logs: Self.pairs(event.logs), elapsedSeconds: event.seconds, verbose: verbose))
                    return .proceed
                },
                onEpoch: { [self] event in
                    context.training(TrainingEvent(epoch: event.epoch, epochs: event.epochs, phase: .epochEnd,
                                                   logs: Self.pairs(event.logs), elapsedSeconds: event.seconds, verbose: verbose))
                    return .proceed
                })
            let history = try engine {
                try m.fit(x, y, epochs: try call.int(2), batchSize: try call.int(3), validationSplit: try call.double(4),
                          validationData: validation, shuffle: try call.bool(6), callbacks: callbacks + [progress],
                          verbose: verbose, log: { _ in })
            }
            if verbose > 0 { context.emit(.trainingLog(TrainingLog(lines: Self.pageLines(history)))) }
            // Keras warns whatever `verbose` says (a monitored key that never appears, say).
            for warning in history.warnings { context.emit(.notice("Warning: \(warning)")) }
            if let reason = history.stopReason, reason.contains("Invalid loss") {
                throw HostError("training stopped: \(reason)")
            }
            return .host(HostObject(type: historyType, payload: history))
        }
        model.method("evaluate", [HostParam(), HostParam(), HostParam("batchSize", default: .int(32)), HostParam("verbose", default: .int(1))]) { [self] call in
            let m = try receiverModel(call)
            let x = try tensor(call[0]), y = try tensor(call[1])
            let result = try engine { try m.evaluate(x, y, batchSize: try call.int(2)) }
            if try call.int(3) > 0 { context.emit(.trainingLog(TrainingLog(lines: [result.logLine]))) }
            if result.values.count == 1 { return .double(Double(result.values[0])) }
            return .tuple(zip(result.names, result.values).map { (Optional($0.0), Value.double(Double($0.1))) })
        }
        model.method("predict", [HostParam(), HostParam("batchSize", default: .int(32)), HostParam("verbose", default: .int(1))]) { [self] call in
            let m = try receiverModel(call)
            let x = try tensor(call[0])
            return wrap(try engine { try m.predict(x, batchSize: try call.int(1)) })
        }
    }

    private func validationPair(_ value: Value) throws -> (Tensor, Tensor) {
        guard case .tuple(let box) = value, box.values.count == 2 else {
            throw HostError("validationData must be a pair (xVal, yVal)")
        }
        return (try tensor(box.values[0]), try tensor(box.values[1]))
    }

    private func registerHistory() {
        let history = session.host.defineType("History")
        history.hasValueSemantics = true
        historyType = history
        func record(_ object: HostObject) throws -> History { try payload(.host(object), as: History.self, "a History") }
        history.describe { object in
            guard let h = object.payload as? History else { return "History" }
            return "History(epochs: \(h.epochs.count), keys: [\(h.keys.map { "\"\($0)\"" }.joined(separator: ", "))])"
        }
        history.subscriptGetter([HostParam()]) { [self] call in
            let h = try payload(call.receiver ?? .void, as: History.self, "a History")
            return values(try engine { try h[try call.string(0)] })
        }
        history.property("history") { [self] object in
            let h = try record(object)
            return .dictionary(h.keys.map { (Value.string($0), values(h.history[$0] ?? [])) })
        }
        history.property("keys") { object in Value(try record(object).keys) }
        history.property("epoch") { object in Value(try record(object).epochs.map { $0.epoch - 1 }) }
    }

    static func pairs(_ logs: Logs) -> [(name: String, value: Double)] {
        logs.entries.map { (name: $0.key, value: Double($0.value)) }
    }

    /// Keras's per-epoch lines without wall-clock times, so pages stay byte-identical run to run.
    static func pageLines(_ history: History) -> [String] {
        var epochs = history.epochs.makeIterator()
        return history.logLines.map { line in
            guard line.contains("/step"), let record = epochs.next() else { return line }
            return "\(record.steps)/\(record.steps)" + FitLog.valuesText(record.logs)
        }
    }
}
