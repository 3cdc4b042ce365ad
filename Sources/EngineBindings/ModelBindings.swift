import Engine
import Interpreter
import NotebookModel

/// `Sequential`: building, `compile`, `summary`, weights; training lives in TrainingBindings.
extension BindingState {
    func registerModel() {
        let model = session.host.defineType("Sequential")
        // Calls that leave the model as it was: editing a cell that only uses it re-runs only that cell.
        model.readOnlyMethods = ["summary", "countParams", "getWeights", "evaluate", "predict", "callAsFunction", "getLayer",
                                 "save", "saveWeights"]
        // Results that share nothing with the model (tensors, numbers, a History; not getLayer's
        // layer): `model.predict(x).argmax(axis: 1)` only reads the model.
        model.valueResultMethods = ["summary", "countParams", "getWeights", "evaluate", "predict", "callAsFunction",
                                    "save", "saveWeights", "fit"]
        sequentialType = model
        model.initializer([HostParam(default: .array([])), HostParam("name", default: Value.none)]) { [self] call in
            let layers = try call[0].toArray().map { try layerOrModel($0) }
            let name = try call.optional(1).map { try $0.toStringValue() } ?? names.next("sequential")
            return wrap(try engine {
                let model = Sequential([], name: name)
                for layer in layers { try model.adding(layer) }
                return model
            })
        }
        model.describe { object in
            guard let m = object.payload as? Sequential else { return "Sequential" }
            return "<Sequential name=\(m.name), \(m.layers.count) layers, built=\(m.isBuilt)>"
        }

        model.method("callAsFunction", [HostParam()]) { [self] call in
            let x = try tensor(call[0])
            return wrap(try engine { try receiverModel(call).predict(x) })
        }
        model.method("getLayer", [HostParam("name", default: Value.none), HostParam("index", default: Value.none)]) { [self] call in
            let m = try receiverModel(call)
            if let index = try call.optional(1).map({ try $0.toInt() }) {
                guard m.layers.indices.contains(index) else {
                    throw HostError("getLayer: index \(index) is out of range for model \"\(m.name)\" with \(m.layers.count) layers")
                }
                return wrap(m.layers[index])
            }
            guard let name = try call.optional(0).map({ try $0.toStringValue() }) else { throw HostError("getLayer needs name: or index:") }
            guard let layer = m.layers.first(where: { $0.name == name }) else {
                throw HostError("No such layer: \(name). Existing layers are: \(m.layers.map(\.name)).")
            }
            return wrap(layer)
        }
        model.property("layers") { [self] object in
            .array(try payload(.host(object), as: Sequential.self, "a model").layers.map { wrap($0) })
        }
        model.property("name") { [self] object in .string(try payload(.host(object), as: Sequential.self, "a model").name) }
        model.method("add", [HostParam()]) { [self] call in
            let layer = try layerOrModel(call[0])
            try engine { try receiverModel(call).adding(layer) }
            return .void
        }
        model.method("compile", [
            HostParam("optimizer", default: .string("rmsprop")), HostParam("loss", type: "Objective"),
            HostParam("metrics", type: "Objective", default: .array([])),
        ]) { [self] call in
            let optimizer = try self.optimizer(call[0])
            let loss: Loss = try engine { try call[1].stringName.map { try Loss.named($0) } }
                ?? objective(call[1], "a loss such as .categoricalCrossentropy").loss.orThrow("is not a loss")
            let metrics = try call[2].toArray().map { item -> Metric in
                try engine { try item.stringName.map { try Metric.named($0) } }
                    ?? objective(item, "a metric such as .accuracy").metric.orThrow("is not a metric")
            }
            try engine { try receiverModel(call).compile(optimizer: optimizer, loss: loss, metrics: metrics) }
            return .void
        }
        model.method("summary") { [self] call in
            let summary = try engine { try receiverModel(call).summaryData() }
            context.emit(.modelSummary(Self.plain(summary)))
            return .void
        }
        model.method("countParams") { [self] call in .int(try receiverModel(call).countParams) }
        model.method("getWeights") { [self] call in .array(try receiverModel(call).getWeights().map { wrap($0) }) }
        model.method("setWeights", [HostParam()]) { [self] call in
            let weights = try call[0].toArray().map { try tensor($0) }
            try engine { try receiverModel(call).setWeights(weights) }
            return .void
        }
        model.method("build", [HostParam("inputShape")]) { [self] call in
            try engine { try receiverModel(call).build(inputShape: try call[0].toIntArray()) }
            return .void
        }
        registerSaving(model)
        registerTraining(model)
    }

    /// A layer, or a model used as one layer (Keras's `Sequential([model, Softmax()])`).
    private func layerOrModel(_ value: Value) throws -> Layer {
        if let model = try? payload(value, as: Sequential.self, "a model") { return ModelLayer(model) }
        return try payload(value, as: Layer.self, "a layer such as Dense(10)")
    }

    private func objective(_ value: Value, _ what: String) throws -> Objective {
        try payload(value, as: Objective.self, what)
    }

    /// An optimizer object, or a Keras name such as "adam".
    private func optimizer(_ value: Value) throws -> Optimizer {
        if case .string(let name) = value {
            switch name.lowercased() {
            case "sgd": return SGD()
            case "rmsprop": return RMSprop()
            case "adam": return Adam()
            case "adagrad": return Adagrad()
            case "adadelta": return Adadelta()
            case "adamax": return Adamax()
            default: throw HostError("unknown optimizer \"\(name)\": use SGD(), RMSprop(), Adam(), Adagrad(), Adadelta() or Adamax()")
            }
        }
        return try payload(value, as: Optimizer.self, "an optimizer such as RMSprop()")
    }

    /// The engine's summary as the renderer's plain data.
    static func plain(_ summary: Engine.ModelSummary) -> NotebookModel.ModelSummary {
        NotebookModel.ModelSummary(
            modelName: summary.modelName,
            rows: summary.rows.map { .init(name: $0.name, type: $0.type, outputShape: $0.outputShape, params: $0.params) },
            totalParams: summary.totalParams + (summary.optimizerParams ?? 0), trainableParams: summary.trainableParams,
            nonTrainableParams: summary.nonTrainableParams, optimizerParams: summary.optimizerParams, text: summary.text)
    }
}

extension Optional {
    /// The wrapped value, or a host error "<name> <problem>".
    func orThrow(_ problem: String) throws -> Wrapped {
        guard let value = self else { throw HostError("that name \(problem)") }
        return value
    }
}

extension Value {
    /// The text of a string value (Keras also accepts names like "accuracy").
    var stringName: String? {
        if case .string(let s) = self { return s }
        return nil
    }
}
