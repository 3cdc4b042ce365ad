import Engine
import Interpreter

/// Layers: `Dense`, `Dropout`, `BatchNormalization`, `Flatten`, `Activation`, `LeakyReLU` (the
/// convolution, pooling and shape layers are in ImageLayerBindings), with the members every layer shares (`getWeights`, `setWeights`, `countParams`, `name`, shapes).
extension BindingState {
    /// Defines a layer type whose initializer makes the layer with `make`, named by the session's
    /// counter, with the members every layer shares.
    func layerType(_ name: String, _ params: [HostParam], _ make: @escaping (HostCall) throws -> Layer) {
        defineLayerType(name, params, make)
    }

    func registerLayers() {
        let inputShape = HostParam("inputShape", default: Value.none)
        let name = HostParam("name", default: Value.none)

        layerType("Dense", [
            HostParam(), HostParam("activation", type: "ActivationFunction", default: Value.none),
            HostParam("useBias", default: .bool(true)),
            HostParam("kernelInitializer", type: "Initializer", default: Value.none),
            HostParam("biasInitializer", type: "Initializer", default: Value.none),
            HostParam("kernelRegularizer", type: "Regularizer", default: Value.none),
            HostParam("biasRegularizer", type: "Regularizer", default: Value.none),
            inputShape, name,
        ]) { [self] call in
            let units = try call.int(0)
            guard units > 0 else { throw HostError("Dense: units must be a positive whole number, received \(units)") }
            return Dense(units,
                         activation: try call.optional(1).map { try payload($0, as: Activation.self, "an activation such as .relu") } ?? .linear,
                         useBias: try call.bool(2),
                         kernelInitializer: try call.optional(3).map { try payload($0, as: Initializer.self, "an initializer such as .heNormal") } ?? .glorotUniform,
                         biasInitializer: try call.optional(4).map { try payload($0, as: Initializer.self, "an initializer such as .zeros") } ?? .zeros,
                         kernelRegularizer: try call.optional(5).map { try payload($0, as: Regularizer.self, "a regularizer such as .l2(0.001)") },
                         biasRegularizer: try call.optional(6).map { try payload($0, as: Regularizer.self, "a regularizer such as .l2(0.001)") },
                         inputShape: try call.optional(7).map { try $0.toIntArray() },
                         name: try call.optional(8).map { try $0.toStringValue() })
        }
        layerType("Dropout", [HostParam(), name]) { call in
            let rate = try call.float(0)
            guard rate >= 0, rate < 1 else { throw HostError("Dropout: rate must be in [0, 1), received \(rate)") }
            return Dropout(rate, name: try call.optional(1).map { try $0.toStringValue() })
        }
        layerType("BatchNormalization", [HostParam("momentum", default: .double(0.99)), HostParam("epsilon", default: .double(0.001)), inputShape, name]) { call in
            BatchNormalization(momentum: try call.float(0), epsilon: try call.float(1),
                               inputShape: try call.optional(2).map { try $0.toIntArray() },
                               name: try call.optional(3).map { try $0.toStringValue() })
        }
        layerType("Flatten", [inputShape, name]) { call in
            Flatten(inputShape: try call.optional(0).map { try $0.toIntArray() }, name: try call.optional(1).map { try $0.toStringValue() })
        }
        layerType("Activation", [HostParam(type: "ActivationFunction"), inputShape, name]) { [self] call in
            ActivationLayer(try payload(call[0], as: Activation.self, "an activation such as .relu"),
                            inputShape: try call.optional(1).map { try $0.toIntArray() },
                            name: try call.optional(2).map { try $0.toStringValue() })
        }
        layerType("LeakyReLU", [HostParam("negativeSlope", default: .double(0.3)), inputShape, name]) { call in
            LeakyReLU(negativeSlope: try call.float(0), inputShape: try call.optional(1).map { try $0.toIntArray() },
                      name: try call.optional(2).map { try $0.toStringValue() })
        }
        layerType("Input", [HostParam("shape"), name]) { call in
            Input(shape: try call[0].toIntArray(), name: try call.optional(1).map { try $0.toStringValue() })
        }
        layerTypes["InputLayer"] = layerTypes["Input"]
        registerImageLayers()
    }

    /// A layer type for cells: its initializer names the layer from the session's counter.
    @discardableResult
    func defineLayerType(_ name: String, _ params: [HostParam], _ make: @escaping (HostCall) throws -> Layer) -> HostType {
        let type = session.host.defineType(name)
        layerTypes[name] = type
        type.initializer(params) { [self] call in
            let layer = try engine { try make(call) }
            layer.takeDefaultName(from: names)
            return wrap(layer)
        }
        registerLayerMembers(type)
        return type
    }

    private func registerLayerMembers(_ type: HostType) {
        // Reading weights leaves the layer as it was (a direct call may not: BatchNormalization
        // with `training: true` moves its statistics).
        type.readOnlyMethods = ["getWeights", "countParams"]
        type.valueResultMethods = ["getWeights", "countParams", "callAsFunction"]
        // `layer(x)` leaves a built layer whose weights only optimizers change as it was; an
        // unbuilt one is built by it, BatchNormalization's moving statistics move.
        type.leavesUnchanged = { object, method in
            guard method == "callAsFunction", let layer = object.payload as? Layer else { return false }
            return layer.isBuilt && layer.parameters.allSatisfy(\.trainable)
        }
        func layer(_ object: HostObject) throws -> Layer { try payload(.host(object), as: Layer.self, "a layer") }
        type.describe { object in
            guard let layer = object.payload as? Layer else { return type.name }
            return "<\(layer.typeName) name=\(layer.name), built=\(layer.isBuilt)>"
        }
        type.property("name") { object in .string(try layer(object).name) }
        type.property("outputShape") { object in try layer(object).outputShape.map { Value.some(Value($0)) } ?? .none }
        type.property("inputShape") { object in try layer(object).inputShape.map { Value.some(Value($0)) } ?? .none }
        type.property("trainable", get: { object in .bool(try layer(object).trainable) },
                      set: { object, value in try layer(object).trainable = try value.toBool() })
        type.property("units") { object in
            guard let dense = try layer(object) as? Dense else { throw HostError("only Dense layers have units") }
            return .int(dense.units)
        }
        type.property("rate") { object in
            guard let dropout = try layer(object) as? Dropout else { throw HostError("only Dropout layers have a rate") }
            return .double(Double(dropout.rate))
        }
        // Keras's weight attributes (`layer.kernel`, `layer.bias`, `layer.embeddings`…) as tensors.
        for weight in ["kernel", "bias", "embeddings", "gamma", "beta"] {
            type.property(weight) { [self] object in
                let l = try layer(object)
                guard let p = l.parameters.first(where: { $0.name == weight }) else {
                    throw HostError("layer \"\(l.name)\" (\(l.typeName)) has no \(weight)\(l.isBuilt ? "" : ": it is not built yet")")
                }
                return wrap(p.tensor)
            }
        }
        // `layer(x)`: Keras's direct call, inference unless `training: true` (feature maps of a
        // trained convolution, say).
        type.method("callAsFunction", [HostParam(), HostParam("training", default: .bool(false))]) { [self] call in
            let x = try tensor(call[0])
            let training = try call.bool(1)
            return wrap(try engine { try layer(try call.this())(x, training: training) })
        }
        type.method("getWeights") { [self] call in
            .array(try layer(try call.this()).getWeights().map { wrap($0) })
        }
        type.method("setWeights", [HostParam()]) { [self] call in
            let weights = try call[0].toArray().map { try tensor($0) }
            try engine { try layer(try call.this()).setWeights(weights) }
            return .void
        }
        type.method("countParams") { call in .int(try layer(try call.this()).countParams) }
        // Keras's `layer.build(input_shape)`: weights exist (to set by hand) before any call.
        type.method("build", [HostParam("inputShape")]) { [self] call in
            let shape = try call[0].toIntArray()
            try engine { try layer(try call.this()).build(inputShape: shape) }
            return .void
        }
    }
}
