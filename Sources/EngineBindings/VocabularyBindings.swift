import Engine
import Interpreter

/// The enum-like names cells pass to layers and `compile`: `.relu`, `.categoricalCrossentropy`,
/// `.accuracy`, `.l2(0.001)`, `.heNormal`, and the optimizers.
extension BindingState {
    func registerVocabulary() {
        let host = session.host
        func constants<T>(_ typeName: String, _ values: [(String, T)]) -> HostType {
            let type = host.defineType(typeName)
            type.hasValueSemantics = true
            for (name, value) in values { type.staticValue(name, .host(HostObject(type: type, payload: value))) }
            type.describe { object in object.payload is CustomStringConvertible ? "\(object.payload)" : typeName }
            return type
        }
        let activation = constants("ActivationFunction", [
            ("relu", Activation.relu), ("sigmoid", .sigmoid), ("tanh", .tanh), ("softmax", .softmax),
            ("leakyRelu", .leakyRelu), ("elu", .elu), ("selu", .selu), ("softplus", .softplus),
            ("swish", .swish), ("silu", .silu), ("linear", .linear),
        ])
        activation.staticMethod("leakyRelu", [HostParam("alpha")]) { call in
            .host(HostObject(type: activation, payload: Activation.leakyRelu(alpha: try call.float(0))))
        }
        registerObjectives()
        let regularizer = host.defineType("Regularizer")
        regularizer.hasValueSemantics = true
        regularizer.staticMethod("l1", [HostParam(default: .double(0.01))]) { call in .host(HostObject(type: regularizer, payload: Regularizer.l1(try call.float(0)))) }
        regularizer.staticMethod("l2", [HostParam(default: .double(0.01))]) { call in .host(HostObject(type: regularizer, payload: Regularizer.l2(try call.float(0)))) }
        regularizer.staticMethod("l1l2", [HostParam("l1", default: .double(0.01)), HostParam("l2", default: .double(0.01))]) { call in
            .host(HostObject(type: regularizer, payload: Regularizer.l1l2(l1: try call.float(0), l2: try call.float(1))))
        }
        let initializer = constants("Initializer", [
            ("glorotUniform", Initializer.glorotUniform), ("glorotNormal", .glorotNormal), ("heUniform", .heUniform),
            ("heNormal", .heNormal), ("zeros", .zeros), ("ones", .ones), ("randomNormal", .randomNormal), ("randomUniform", .randomUniform),
        ])
        initializer.staticMethod("randomNormal", [HostParam("mean", default: .double(0)), HostParam("stddev", default: .double(0.05))]) { call in
            .host(HostObject(type: initializer, payload: Initializer.randomNormal(mean: try call.float(0), stddev: try call.float(1))))
        }
        registerSchedules()
        registerOptimizers()
        registerCallbacks()
    }

    /// Losses and metrics share one vocabulary because Keras names overlap (`.mae`, `.mse`,
    /// `.meanSquaredError` are both): `compile` takes the loss or metric meaning by position.
    private func registerObjectives() {
        let objective = session.host.defineType("Objective")
        objective.hasValueSemantics = true
        objective.describe { object in (object.payload as? Objective)?.name ?? "Objective" }
        func value(_ o: Objective) -> Value { .host(HostObject(type: objective, payload: o)) }
        let losses: [(String, Loss)] = [
            ("meanSquaredError", .meanSquaredError), ("mse", .mse), ("meanAbsoluteError", .meanAbsoluteError), ("mae", .mae),
            ("huber", .huber), ("binaryCrossentropy", .binaryCrossentropy), ("categoricalCrossentropy", .categoricalCrossentropy),
            ("sparseCategoricalCrossentropy", .sparseCategoricalCrossentropy),
        ]
        let metrics: [(String, Metric)] = [
            ("accuracy", .accuracy), ("binaryAccuracy", .binaryAccuracy), ("categoricalAccuracy", .categoricalAccuracy),
            ("sparseCategoricalAccuracy", .sparseCategoricalAccuracy), ("precision", .precision), ("recall", .recall),
            ("auc", .auc), ("mse", .mse), ("meanSquaredError", .meanSquaredError), ("mae", .mae), ("meanAbsoluteError", .meanAbsoluteError),
            ("binaryCrossentropy", .binaryCrossentropy()), ("categoricalCrossentropy", .categoricalCrossentropy()),
            ("sparseCategoricalCrossentropy", .sparseCategoricalCrossentropy()), ("topKCategoricalAccuracy", .topKCategoricalAccuracy()),
            ("sparseTopKCategoricalAccuracy", .sparseTopKCategoricalAccuracy()),
        ]
        let lossByName = Dictionary(losses, uniquingKeysWith: { a, _ in a })
        let metricByName = Dictionary(metrics, uniquingKeysWith: { a, _ in a })
        for name in Set(lossByName.keys).union(metricByName.keys).sorted() {
            objective.staticValue(name, value(Objective(name: name, loss: lossByName[name], metric: metricByName[name])))
        }
        objective.staticMethod("huber", [HostParam("delta")]) { call in
            value(Objective(name: "huber", loss: Loss.huber(delta: try call.float(0)), metric: nil))
        }
        // As a loss or, by position in `compile`, as a metric (`metrics: [.binaryCrossentropy(fromLogits: true)]`).
        for (name, makeLoss, makeMetric) in [
            ("binaryCrossentropy", Loss.binaryCrossentropy(fromLogits:), Metric.binaryCrossentropy(fromLogits:name:)),
            ("categoricalCrossentropy", Loss.categoricalCrossentropy(fromLogits:), Metric.categoricalCrossentropy(fromLogits:name:)),
            ("sparseCategoricalCrossentropy", Loss.sparseCategoricalCrossentropy(fromLogits:), Metric.sparseCategoricalCrossentropy(fromLogits:name:)),
        ] {
            let keyName = metricByName[name]?.name ?? name
            objective.staticMethod(name, [HostParam("fromLogits", default: .bool(false)), HostParam("name", default: Value.none)]) { call in
                let logits = try call.bool(0)
                return value(Objective(name: name, loss: makeLoss(logits), metric: makeMetric(logits, try call.optional(1)?.toStringValue() ?? keyName)))
            }
        }
        for (name, make) in [("topKCategoricalAccuracy", Metric.topKCategoricalAccuracy(k:name:)),
                             ("sparseTopKCategoricalAccuracy", Metric.sparseTopKCategoricalAccuracy(k:name:))] {
            let keyName = metricByName[name]?.name ?? name
            objective.staticMethod(name, [HostParam("k", default: .int(5)), HostParam("name", default: Value.none)]) { call in
                value(Objective(name: name, loss: nil, metric: make(try call.int(0), try call.optional(1)?.toStringValue() ?? keyName)))
            }
        }
    }

    private func registerOptimizers() {
        let host = session.host
        // The learning rate may be a number or a schedule.
        func optimizer(_ name: String, defaultRate: Double, _ params: [HostParam], _ make: @escaping (Float, HostCall) throws -> Optimizer) {
            let type = host.defineType(name)
            type.initializer([HostParam("learningRate", default: .double(defaultRate))] + params) { call in
                var rate = Float(defaultRate)
                var decay: LearningRateSchedule? = nil
                if case .host(let object) = call[0], let s = object.payload as? LearningRateSchedule {
                    decay = s
                    rate = s.rate(atStep: 0)
                } else {
                    rate = try call.float(0)
                }
                let made = try make(rate, call)
                made.schedule = decay
                return .host(HostObject(type: type, payload: made))
            }
            type.describe { _ in name }
            type.property("learningRate") { object in .double(Double((object.payload as? Optimizer)?.currentLearningRate ?? 0)) }
        }
        optimizer("SGD", defaultRate: 0.01, [HostParam("momentum", default: .double(0)), HostParam("nesterov", default: .bool(false))]) { rate, call in
            SGD(learningRate: rate, momentum: try call.float(1), nesterov: try call.bool(2))
        }
        optimizer("RMSprop", defaultRate: 0.001, [HostParam("rho", default: .double(0.9)), HostParam("momentum", default: .double(0)),
                                                   HostParam("epsilon", default: .double(1e-7)), HostParam("centered", default: .bool(false))]) { rate, call in
            RMSprop(learningRate: rate, rho: try call.float(1), momentum: try call.float(2), epsilon: try call.float(3), centered: try call.bool(4))
        }
        optimizer("Adam", defaultRate: 0.001, [HostParam("beta1", default: .double(0.9)), HostParam("beta2", default: .double(0.999)),
                                                HostParam("epsilon", default: .double(1e-7))]) { rate, call in
            Adam(learningRate: rate, beta1: try call.float(1), beta2: try call.float(2), epsilon: try call.float(3))
        }
        optimizer("Adagrad", defaultRate: 0.001, [HostParam("initialAccumulatorValue", default: .double(0.1)),
                                                   HostParam("epsilon", default: .double(1e-7))]) { rate, call in
            Adagrad(learningRate: rate, initialAccumulatorValue: try call.float(1), epsilon: try call.float(2))
        }
        optimizer("Adadelta", defaultRate: 0.001, [HostParam("rho", default: .double(0.95)), HostParam("epsilon", default: .double(1e-7))]) { rate, call in
            Adadelta(learningRate: rate, rho: try call.float(1), epsilon: try call.float(2))
        }
        optimizer("Adamax", defaultRate: 0.001, [HostParam("beta1", default: .double(0.9)), HostParam("beta2", default: .double(0.999)),
                                                  HostParam("epsilon", default: .double(1e-7))]) { rate, call in
            Adamax(learningRate: rate, beta1: try call.float(1), beta2: try call.float(2), epsilon: try call.float(3))
        }
    }
}

/// A loss or metric name from a cell, with its meaning as each.
struct Objective {
    var name: String
    var loss: Loss?
    var metric: Metric?
}
