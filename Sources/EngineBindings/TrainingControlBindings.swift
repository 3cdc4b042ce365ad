import Engine
import Interpreter

/// Learning-rate schedules (callable as `schedule(step)`, passed as `learningRate:`) and the
/// callbacks `fit` takes: `EarlyStopping`, `LearningRateScheduler`, `ReduceLROnPlateau`,
/// `LambdaCallback`, `ModelCheckpoint`, `CSVLogger` (SavingBindings).
extension BindingState {
    func registerSchedules() {
        let host = session.host
        func scheduleType(_ name: String, _ params: [HostParam], _ make: @escaping (HostCall) throws -> LearningRateSchedule) {
            let type = host.defineType(name)
            type.hasValueSemantics = true   // a schedule is fixed once made
            type.initializer(params) { [self] call in .host(HostObject(type: type, payload: try engine { try make(call) })) }
            type.method("callAsFunction", [HostParam()]) { call in
                guard let schedule = try call.this().payload as? LearningRateSchedule else { throw HostError("\(name) is not a schedule") }
                let step = try call.int(0)
                guard step >= 0 else { throw HostError("\(name): the step must be non-negative, received \(step)") }
                return .double(Double(schedule.rate(atStep: step)))
            }
            type.describe { _ in name }
        }
        let decay = [HostParam("initialLearningRate"), HostParam("decaySteps"), HostParam("decayRate"), HostParam("staircase", default: .bool(false))]
        func positiveSteps(_ call: HostCall, _ i: Int, _ name: String) throws -> Int {
            let steps = try call.int(i)
            guard steps > 0 else { throw HostError("\(name): decaySteps must be positive, received \(steps)") }
            return steps
        }
        scheduleType("ExponentialDecay", decay) { call in
            ExponentialDecay(initialLearningRate: try call.float(0), decaySteps: try positiveSteps(call, 1, "ExponentialDecay"),
                             decayRate: try call.float(2), staircase: try call.bool(3))
        }
        scheduleType("InverseTimeDecay", decay) { call in
            InverseTimeDecay(initialLearningRate: try call.float(0), decaySteps: try positiveSteps(call, 1, "InverseTimeDecay"),
                             decayRate: try call.float(2), staircase: try call.bool(3))
        }
        scheduleType("PiecewiseConstantDecay", [HostParam("boundaries"), HostParam("values")]) { call in
            try PiecewiseConstantDecay(boundaries: try call[0].toIntArray(), values: try call[1].toArray().map { try $0.toFloat() })
        }
        scheduleType("CosineDecay", [HostParam("initialLearningRate"), HostParam("decaySteps"), HostParam("alpha", default: .double(0)),
                                     HostParam("warmupTarget", default: Value.none), HostParam("warmupSteps", default: .int(0))]) { call in
            CosineDecay(initialLearningRate: try call.float(0), decaySteps: try positiveSteps(call, 1, "CosineDecay"), alpha: try call.float(2),
                        warmupTarget: try call.optional(3).map { try $0.toFloat() }, warmupSteps: try call.int(4))
        }
    }

    func registerCallbacks() {
        let host = session.host
        func callbackType(_ name: String, _ params: [HostParam], _ make: @escaping (HostCall) throws -> Callback) -> HostType {
            let type = host.defineType(name)
            type.initializer(params) { [self] call in .host(HostObject(type: type, payload: try engine { try make(call) })) }
            type.describe { _ in name }
            return type
        }
        func mode(_ call: HostCall, _ i: Int, _ who: String) throws -> EarlyStopping.Mode {
            let text = try call.string(i)
            guard let mode = EarlyStopping.Mode(rawValue: text) else {
                throw HostError("\(who): mode must be \"auto\", \"min\" or \"max\", received \"\(text)\"")
            }
            return mode
        }
        let early = callbackType("EarlyStopping", [
            HostParam("monitor", default: .string("val_loss")), HostParam("minDelta", default: .double(0)),
            HostParam("patience", default: .int(0)), HostParam("mode", default: .string("auto")),
            HostParam("restoreBestWeights", default: .bool(false)), HostParam("baseline", default: Value.none),
            HostParam("startFromEpoch", default: .int(0)),
        ]) { call in
            EarlyStopping(monitor: try call.string(0), minDelta: try call.float(1), patience: try call.int(2), mode: try mode(call, 3, "EarlyStopping"),
                          restoreBestWeights: try call.bool(4), baseline: try call.optional(5).map { try $0.toFloat() },
                          startFromEpoch: try call.int(6))
        }
        early.property("stoppedEpoch") { object in .int((object.payload as? EarlyStopping)?.stoppedEpoch ?? 0) }
        early.property("bestEpoch") { object in .int((object.payload as? EarlyStopping)?.bestEpoch ?? 0) }

        _ = callbackType("LearningRateScheduler", [HostParam(), HostParam("verbose", default: .int(0))]) { [self] call in
            let function = call[0]
            return LearningRateScheduler(schedule: { [self] epoch, rate in
                try session.call(function, [.int(epoch), .double(rate)]).toDouble()
            }, verbose: try call.int(1))
        }
        _ = callbackType("ReduceLROnPlateau", [
            HostParam("monitor", default: .string("val_loss")), HostParam("factor", default: .double(0.1)),
            HostParam("patience", default: .int(10)), HostParam("verbose", default: .int(0)), HostParam("mode", default: .string("auto")),
            HostParam("minDelta", default: .double(1e-4)), HostParam("cooldown", default: .int(0)), HostParam("minLearningRate", default: .double(0)),
        ]) { call in
            try ReduceLROnPlateau(monitor: try call.string(0), factor: try call.double(1), patience: try call.int(2),
                                  mode: try mode(call, 4, "ReduceLROnPlateau"), minDelta: try call.float(5), cooldown: try call.int(6),
                                  minLearningRate: try call.float(7), verbose: try call.int(3))
        }
        _ = callbackType("LambdaCallback", [
            HostParam("onEpochBegin", default: Value.none), HostParam("onEpochEnd", default: Value.none),
            HostParam("onBatchEnd", default: Value.none), HostParam("onTrainBegin", default: Value.none),
            HostParam("onTrainEnd", default: Value.none),
        ]) { [self] call in
            func hook(_ i: Int) -> Value? { call.optional(i) }
            let logsHook: (Value?) -> LambdaCallback.EpochHook? = { fn in
                fn.map { f in { [self] index, logs in _ = try session.call(f, [.int(index), logsValue(logs)]) } }
            }
            return LambdaCallback(onTrainBegin: hook(3).map { f in { [self] in _ = try session.call(f, []) } },
                                  onTrainEnd: hook(4).map { f in { [self] in _ = try session.call(f, []) } },
                                  onEpochBegin: hook(0).map { f in { [self] epoch in _ = try session.call(f, [.int(epoch)]) } },
                                  onEpochEnd: logsHook(hook(1)), onBatchEnd: logsHook(hook(2)))
        }
        _ = callbackType("ModelCheckpoint", [
            HostParam(), HostParam("monitor", default: .string("val_loss")), HostParam("verbose", default: .int(0)),
            HostParam("saveBestOnly", default: .bool(false)), HostParam("saveWeightsOnly", default: Value.none),
            HostParam("mode", default: .string("auto")),
        ]) { [self] call in
            let filepath = try call.string(0)
            let store = try checkpointStore(weightsOnly: try call.optional(4).map { try $0.toBool() }, filepath: filepath)
            return ModelCheckpoint(filepath: filepath, monitor: try call.string(1), saveBestOnly: try call.bool(3),
                                   mode: try mode(call, 5, "ModelCheckpoint"), verbose: try call.int(2), store: store)
        }
        registerCSVLogger()
    }

    /// A `Logs` as the `[String: Double]` a cell's closure receives.
    func logsValue(_ logs: Logs) -> Value {
        .dictionary(logs.entries.map { (Value.string($0.key), Value.double(Double($0.value))) })
    }
}
