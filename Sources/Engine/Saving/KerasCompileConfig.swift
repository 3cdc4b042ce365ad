import Foundation

/// `compile` settings as Keras 3's `compile_config`: the optimizer (with its schedule), the loss
/// and the metrics, as strings where Keras's names say it all and as objects otherwise. The
/// optimizer's state (moments, step count) is not saved: a loaded model starts it afresh.
enum KerasCompileConfig {
    static func config(_ model: Sequential) throws -> KerasJSON? {
        guard let optimizer = model.optimizer, let loss = model.loss else { return nil }
        return ["optimizer": try self.optimizer(optimizer), "loss": self.loss(loss), "loss_weights": NSNull(),
                "metrics": model.metrics.map(metric), "weighted_metrics": NSNull(), "run_eagerly": false,
                "steps_per_execution": 1, "jit_compile": false]
    }

    /// Compiles `model` as `config` says; a config without a loss (Keras writes one for a model
    /// compiled with `loss=None`, or nested inside another) leaves it uncompiled, as nbrun needs a loss.
    static func apply(_ config: KerasJSON, to model: Sequential, _ source: String) throws {
        let what = "\(source): compile_config"
        guard let lossValue = config["loss"], !(lossValue is NSNull) else { return }
        let optimizer = try self.optimizer(from: config["optimizer"] ?? "rmsprop", what)
        let metrics = try (config["metrics"] as? [Any] ?? []).map { try metric(from: $0, what) }
        try model.compile(optimizer: optimizer, loss: try loss(from: lossValue, what), metrics: metrics)
    }

    // MARK: - Optimizers

    private static func optimizer(_ o: Optimizer) throws -> KerasJSON {
        var c: KerasJSON = ["name": o.typeName.lowercased(), "learning_rate": try o.schedule.map(schedule) ?? Double(o.learningRate)]
        switch o {
        case let o as SGD: c["momentum"] = Double(o.momentum); c["nesterov"] = o.nesterov
        case let o as RMSprop: c["rho"] = Double(o.rho); c["momentum"] = Double(o.momentum); c["epsilon"] = Double(o.epsilon); c["centered"] = o.centered
        case let o as Adam: c["beta_1"] = Double(o.beta1); c["beta_2"] = Double(o.beta2); c["epsilon"] = Double(o.epsilon); c["amsgrad"] = false
        case let o as Adamax: c["beta_1"] = Double(o.beta1); c["beta_2"] = Double(o.beta2); c["epsilon"] = Double(o.epsilon)
        case let o as Adagrad: c["initial_accumulator_value"] = Double(o.initialAccumulatorValue); c["epsilon"] = Double(o.epsilon)
        case let o as Adadelta: c["rho"] = Double(o.rho); c["epsilon"] = Double(o.epsilon)
        default: throw EngineError("optimizer \(o.typeName) cannot be saved in a .keras file")
        }
        return KerasObject.make("keras.optimizers", o.typeName, c)
    }

    private static func optimizer(from value: Any, _ what: String) throws -> Optimizer {
        let (name, c) = value is String ? (value as? String ?? "", [:]) : try KerasObject.parts(value, "\(what): the optimizer")
        let f = { (key: String, fallback: Float) in KerasObject.float(c[key]) ?? fallback }
        let lr = { (fallback: Float) in KerasObject.float(c["learning_rate"]) ?? fallback }
        let optimizer: Optimizer
        switch name.lowercased() {
        case "sgd": optimizer = SGD(learningRate: lr(0.01), momentum: f("momentum", 0), nesterov: KerasObject.bool(c["nesterov"]) ?? false)
        case "rmsprop": optimizer = RMSprop(learningRate: lr(0.001), rho: f("rho", 0.9), momentum: f("momentum", 0), epsilon: f("epsilon", 1e-7),
                                            centered: KerasObject.bool(c["centered"]) ?? false)
        case "adam": optimizer = Adam(learningRate: lr(0.001), beta1: f("beta_1", 0.9), beta2: f("beta_2", 0.999), epsilon: f("epsilon", 1e-7))
        case "adamax": optimizer = Adamax(learningRate: lr(0.001), beta1: f("beta_1", 0.9), beta2: f("beta_2", 0.999), epsilon: f("epsilon", 1e-7))
        case "adagrad": optimizer = Adagrad(learningRate: lr(0.001), initialAccumulatorValue: f("initial_accumulator_value", 0.1), epsilon: f("epsilon", 1e-7))
        case "adadelta": optimizer = Adadelta(learningRate: lr(0.001), rho: f("rho", 0.95), epsilon: f("epsilon", 1e-7))
        default: throw EngineError("\(what): nbrun has no optimizer \"\(name)\"")
        }
        if KerasObject.bool(c["amsgrad"]) == true { throw EngineError("\(what): Adam with amsgrad is not supported") }
        if let rate = c["learning_rate"] as? KerasJSON { optimizer.schedule = try schedule(from: rate, what) }
        return optimizer
    }

    private static func schedule(_ s: LearningRateSchedule) throws -> KerasJSON {
        let module = "keras.optimizers.schedules"
        switch s {
        case let s as ExponentialDecay: return KerasObject.make(module, "ExponentialDecay", stepDecay(s.decay, "ExponentialDecay"))
        case let s as InverseTimeDecay: return KerasObject.make(module, "InverseTimeDecay", stepDecay(s.decay, "InverseTimeDecay"))
        case let s as PiecewiseConstantDecay:
            return KerasObject.make(module, "PiecewiseConstantDecay", ["boundaries": s.boundaries, "values": s.values.map(Double.init),
                                                                       "name": "PiecewiseConstant"])
        case let s as CosineDecay:
            return KerasObject.make(module, "CosineDecay", [
                "initial_learning_rate": Double(s.initialLearningRate), "decay_steps": s.decaySteps, "alpha": Double(s.alpha),
                "name": "CosineDecay", "warmup_target": s.warmupTarget.map { Double($0) as Any } ?? NSNull(), "warmup_steps": s.warmupSteps])
        default: throw EngineError("this learning-rate schedule cannot be saved in a .keras file")
        }
    }

    private static func stepDecay(_ d: StepDecay, _ name: String) -> KerasJSON {
        ["initial_learning_rate": Double(d.initialLearningRate), "decay_steps": d.decaySteps, "decay_rate": Double(d.decayRate),
         "staircase": d.staircase, "name": name]
    }

    private static func schedule(from value: KerasJSON, _ what: String) throws -> LearningRateSchedule {
        let (name, c) = try KerasObject.parts(value, "\(what): the learning-rate schedule")
        let lr0 = KerasObject.float(c["initial_learning_rate"]) ?? 0, steps = KerasObject.int(c["decay_steps"]) ?? 1
        switch name {
        case "ExponentialDecay", "InverseTimeDecay":
            let rate = KerasObject.float(c["decay_rate"]) ?? 0, stair = KerasObject.bool(c["staircase"]) ?? false
            return name == "ExponentialDecay"
                ? ExponentialDecay(initialLearningRate: lr0, decaySteps: steps, decayRate: rate, staircase: stair)
                : InverseTimeDecay(initialLearningRate: lr0, decaySteps: steps, decayRate: rate, staircase: stair)
        case "PiecewiseConstantDecay":
            return try PiecewiseConstantDecay(boundaries: (c["boundaries"] as? [Any] ?? []).compactMap { KerasObject.int($0) },
                                              values: (c["values"] as? [Any] ?? []).compactMap { KerasObject.float($0) })
        case "CosineDecay":
            return CosineDecay(initialLearningRate: lr0, decaySteps: steps, alpha: KerasObject.float(c["alpha"]) ?? 0,
                               warmupTarget: KerasObject.float(c["warmup_target"]), warmupSteps: KerasObject.int(c["warmup_steps"]) ?? 0)
        default: throw EngineError("\(what): nbrun has no learning-rate schedule \"\(name)\"")
        }
    }

    // MARK: - Losses and metrics

    private static let lossClasses: [(Loss.Kind, String)] = [
        (.meanSquaredError, "MeanSquaredError"), (.meanAbsoluteError, "MeanAbsoluteError"), (.huber, "Huber"),
        (.binaryCrossentropy, "BinaryCrossentropy"), (.categoricalCrossentropy, "CategoricalCrossentropy"),
        (.sparseCategoricalCrossentropy, "SparseCategoricalCrossentropy"),
    ]

    private static func loss(_ l: Loss) -> Any {
        if !l.fromLogits, l.delta == 1 { return l.kind.rawValue }
        let className = lossClasses.first { $0.0 == l.kind }?.1 ?? ""
        var c: KerasJSON = ["name": l.kind == .huber ? "huber_loss" : l.kind.rawValue, "reduction": "sum_over_batch_size"]
        if l.kind == .huber { c["delta"] = Double(l.delta) } else { c["from_logits"] = l.fromLogits }
        return KerasObject.make("keras.losses", className, c)
    }

    private static func loss(from value: Any, _ what: String) throws -> Loss {
        if let name = value as? String {
            do { return try Loss.named(name) } catch { throw EngineError("\(what): nbrun has no loss \"\(name)\"") }
        }
        let (name, c) = try KerasObject.parts(value, "\(what): the loss")
        guard let kind = lossClasses.first(where: { $0.1 == name })?.0 else { throw EngineError("\(what): nbrun has no loss \"\(name)\"") }
        let logits = KerasObject.bool(c["from_logits"]) ?? false
        return Loss(kind: kind, fromLogits: logits, delta: KerasObject.float(c["delta"]) ?? 1)
    }

    private static let metricClasses: [(Metric.Kind, String)] = [
        (.binaryCrossentropy, "BinaryCrossentropy"), (.categoricalCrossentropy, "CategoricalCrossentropy"),
        (.sparseCategoricalCrossentropy, "SparseCategoricalCrossentropy"), (.topKCategoricalAccuracy, "TopKCategoricalAccuracy"),
        (.sparseTopKCategoricalAccuracy, "SparseTopKCategoricalAccuracy"),
    ]

    private static func metric(_ m: Metric) -> Any {
        if let named = try? Metric.named(m.name), named == m { return m.name }
        guard let className = metricClasses.first(where: { $0.0 == m.kind })?.1 else { return m.name }
        var c: KerasJSON = ["name": m.name, "dtype": "float32"]
        if className.hasSuffix("Crossentropy") { c["from_logits"] = m.fromLogits } else { c["k"] = m.k }
        return KerasObject.make("keras.metrics", className, c)
    }

    private static func metric(from value: Any, _ what: String) throws -> Metric {
        if let name = value as? String {
            do { return try Metric.named(name) } catch { throw EngineError("\(what): nbrun has no metric \"\(name)\"") }
        }
        let (name, c) = try KerasObject.parts(value, "\(what): a metric")
        let label = c["name"] as? String
        switch name {
        case "BinaryCrossentropy": return .binaryCrossentropy(fromLogits: KerasObject.bool(c["from_logits"]) ?? false, name: label ?? "binary_crossentropy")
        case "CategoricalCrossentropy":
            return .categoricalCrossentropy(fromLogits: KerasObject.bool(c["from_logits"]) ?? false, name: label ?? "categorical_crossentropy")
        case "SparseCategoricalCrossentropy":
            return .sparseCategoricalCrossentropy(fromLogits: KerasObject.bool(c["from_logits"]) ?? false, name: label ?? "sparse_categorical_crossentropy")
        case "TopKCategoricalAccuracy": return .topKCategoricalAccuracy(k: KerasObject.int(c["k"]) ?? 5, name: label ?? "top_k_categorical_accuracy")
        case "SparseTopKCategoricalAccuracy":
            return .sparseTopKCategoricalAccuracy(k: KerasObject.int(c["k"]) ?? 5, name: label ?? "sparse_top_k_categorical_accuracy")
        default:
            guard let label else { throw EngineError("\(what): nbrun has no metric \"\(name)\"") }
            do { return try Metric.named(label) } catch { throw EngineError("\(what): nbrun has no metric \"\(name)\"") }
        }
    }
}
