import Engine
import Interpreter

/// Image and sequence layers: `Conv2D`, `Conv1D`, the pooling layers, `Reshape`, `Rescaling`,
/// `Softmax`, and the `Padding` names `.valid` / `.same`.
extension BindingState {
    func registerImageLayers() {
        let paddingType = session.host.defineType("Padding")
        for p in [Padding.valid, .same] { paddingType.staticValue(p.rawValue, .host(HostObject(type: paddingType, payload: p))) }
        paddingType.describe { object in (object.payload as? Padding)?.rawValue ?? "Padding" }

        let inputShape = HostParam("inputShape", default: Value.none)
        let name = HostParam("name", default: Value.none)
        let padding = HostParam("padding", type: "Padding", default: .string("valid"))
        let convolutionParams = [
            HostParam(), HostParam("kernelSize"), HostParam("strides", default: .int(1)), padding,
            HostParam("activation", type: "ActivationFunction", default: Value.none), HostParam("useBias", default: .bool(true)),
            HostParam("kernelInitializer", type: "Initializer", default: Value.none),
            HostParam("biasInitializer", type: "Initializer", default: Value.none),
            HostParam("kernelRegularizer", type: "Regularizer", default: Value.none),
            HostParam("biasRegularizer", type: "Regularizer", default: Value.none),
            inputShape, name,
        ]
        /// The arguments after the sizes, shared by both convolutions.
        struct ConvolutionOptions {
            var activation: Activation, useBias: Bool, kernelInitializer: Initializer, biasInitializer: Initializer
            var kernelRegularizer: Regularizer?, biasRegularizer: Regularizer?, inputShape: [Int]?, name: String?
        }
        func options(_ call: HostCall) throws -> ConvolutionOptions {
            ConvolutionOptions(
                activation: try call.optional(4).map { try payload($0, as: Activation.self, "an activation such as .relu") } ?? .linear,
                useBias: try call.bool(5),
                kernelInitializer: try call.optional(6).map { try payload($0, as: Initializer.self, "an initializer such as .heNormal") } ?? .glorotUniform,
                biasInitializer: try call.optional(7).map { try payload($0, as: Initializer.self, "an initializer such as .zeros") } ?? .zeros,
                kernelRegularizer: try call.optional(8).map { try payload($0, as: Regularizer.self, "a regularizer such as .l2(0.001)") },
                biasRegularizer: try call.optional(9).map { try payload($0, as: Regularizer.self, "a regularizer such as .l2(0.001)") },
                inputShape: try call.optional(10).map { try $0.toIntArray() },
                name: try call.optional(11).map { try $0.toStringValue() })
        }
        func filters(_ call: HostCall, _ layer: String) throws -> Int {
            let n = try call.int(0)
            guard n > 0 else { throw HostError("\(layer): filters must be a positive whole number, received \(n)") }
            return n
        }

        layerType("Conv2D", convolutionParams) { [self] call in
            let o = try options(call)
            return Conv2D(try filters(call, "Conv2D"), kernelSize: try size(call[1], "Conv2D kernelSize"), strides: try size(call[2], "Conv2D strides"),
                          padding: try paddingValue(call[3], "Conv2D"), activation: o.activation, useBias: o.useBias,
                          kernelInitializer: o.kernelInitializer, biasInitializer: o.biasInitializer,
                          kernelRegularizer: o.kernelRegularizer, biasRegularizer: o.biasRegularizer, inputShape: o.inputShape, name: o.name)
        }
        layerType("Conv1D", convolutionParams) { [self] call in
            let o = try options(call)
            return Conv1D(try filters(call, "Conv1D"), kernelSize: try length(call[1], "Conv1D kernelSize"), strides: try length(call[2], "Conv1D strides"),
                          padding: try paddingValue(call[3], "Conv1D"), activation: o.activation, useBias: o.useBias,
                          kernelInitializer: o.kernelInitializer, biasInitializer: o.biasInitializer,
                          kernelRegularizer: o.kernelRegularizer, biasRegularizer: o.biasRegularizer, inputShape: o.inputShape, name: o.name)
        }

        let poolParams = [HostParam("poolSize", default: .int(2)), HostParam("strides", default: Value.none), padding, inputShape, name]
        for (typeName, make) in [("MaxPooling2D", MaxPooling2D.init), ("AveragePooling2D", AveragePooling2D.init)] as [(String, (Size2D, Size2D?, Padding, [Int]?, String?) -> Layer)] {
            layerType(typeName, poolParams) { [self] call in
                make(try size(call[0], "\(typeName) poolSize"), try call.optional(1).map { try size($0, "\(typeName) strides") },
                     try paddingValue(call[2], typeName), try call.optional(3).map { try $0.toIntArray() }, try call.optional(4).map { try $0.toStringValue() })
            }
        }
        for (typeName, make) in [("MaxPooling1D", MaxPooling1D.init), ("AveragePooling1D", AveragePooling1D.init)] as [(String, (Int, Int?, Padding, [Int]?, String?) -> Layer)] {
            layerType(typeName, poolParams) { [self] call in
                make(try length(call[0], "\(typeName) poolSize"), try call.optional(1).map { try length($0, "\(typeName) strides") },
                     try paddingValue(call[2], typeName), try call.optional(3).map { try $0.toIntArray() }, try call.optional(4).map { try $0.toStringValue() })
            }
        }
        let globals: [(String, ([Int]?, String?) -> Layer)] = [
            ("GlobalAveragePooling2D", GlobalAveragePooling2D.init), ("GlobalMaxPooling2D", GlobalMaxPooling2D.init),
            ("GlobalAveragePooling1D", GlobalAveragePooling1D.init), ("GlobalMaxPooling1D", GlobalMaxPooling1D.init),
        ]
        for (typeName, make) in globals {
            layerType(typeName, [inputShape, name]) { call in
                make(try call.optional(0).map { try $0.toIntArray() }, try call.optional(1).map { try $0.toStringValue() })
            }
        }

        layerType("Reshape", [HostParam(), inputShape, name]) { [self] call in
            Reshape(try shapeArgument(call[0], "Reshape"), inputShape: try call.optional(1).map { try $0.toIntArray() },
                    name: try call.optional(2).map { try $0.toStringValue() })
        }
        layerType("Rescaling", [HostParam(), HostParam("offset", default: .double(0)), inputShape, name]) { call in
            Rescaling(try call.float(0), offset: try call.float(1), inputShape: try call.optional(2).map { try $0.toIntArray() },
                      name: try call.optional(3).map { try $0.toStringValue() })
        }
        layerType("Softmax", [inputShape, name]) { call in
            Softmax(inputShape: try call.optional(0).map { try $0.toIntArray() }, name: try call.optional(1).map { try $0.toStringValue() })
        }
        registerWindowProperties(paddingType)
    }

    /// `filters`, `kernelSize`, `poolSize`, `strides`, `padding`: 2-D sizes read as tuples `(3, 3)`,
    /// 1-D ones as numbers.
    private func registerWindowProperties(_ paddingType: HostType) {
        func sizeValue(_ s: Size2D, oneD: Bool) -> Value {
            oneD ? .int(s.width) : .tuple(TupleBox([.int(s.height), .int(s.width)]))
        }
        for typeName in ["Conv2D", "Conv1D"] {
            guard let type = layerTypes[typeName] else { continue }
            func conv(_ object: HostObject) throws -> Convolution { try payload(.host(object), as: Convolution.self, "a convolution layer") }
            type.property("filters") { object in .int(try conv(object).filters) }
            type.property("kernelSize") { object in sizeValue(try conv(object).kernelSize, oneD: typeName == "Conv1D") }
            type.property("strides") { object in sizeValue(try conv(object).strides, oneD: typeName == "Conv1D") }
            type.property("padding") { object in .host(HostObject(type: paddingType, payload: try conv(object).padding)) }
        }
        for typeName in ["MaxPooling2D", "AveragePooling2D", "MaxPooling1D", "AveragePooling1D"] {
            guard let type = layerTypes[typeName] else { continue }
            func pool(_ object: HostObject) throws -> Pooling { try payload(.host(object), as: Pooling.self, "a pooling layer") }
            type.property("poolSize") { object in sizeValue(try pool(object).poolSize, oneD: typeName.hasSuffix("1D")) }
            type.property("strides") { object in sizeValue(try pool(object).strides, oneD: typeName.hasSuffix("1D")) }
            type.property("padding") { object in .host(HostObject(type: paddingType, payload: try pool(object).padding)) }
        }
    }

    /// A window or stride size: `3`, `(3, 2)` or `[3, 2]`, each a positive whole number.
    private func size(_ value: Value, _ what: String) throws -> Size2D {
        let parts: [Value]
        switch value {
        case .tuple(let box): parts = box.values
        case .array(let items): parts = items
        default: parts = [value, value]
        }
        let numbers = try parts.map { part -> Int in
            guard let n = try? part.toInt() else { throw HostError("\(what) must be a whole number or a pair such as (3, 3), received \(session.describe(value))") }
            return n
        }
        guard numbers.count == 2, numbers.allSatisfy({ $0 > 0 }) else {
            throw HostError("\(what) must be a positive whole number or a pair of them such as (3, 3), received \(session.describe(value))")
        }
        return Size2D(numbers[0], numbers[1])
    }

    /// A 1-D window or stride: `3`, `(3)` written as `[3]` or `(3,)` is accepted too.
    private func length(_ value: Value, _ what: String) throws -> Int {
        var v = value
        if case .array(let items) = value, items.count == 1 { v = items[0] }
        if case .tuple(let box) = value, box.values.count == 1 { v = box.values[0] }
        guard let n = try? v.toInt(), n > 0 else {
            throw HostError("\(what) must be a positive whole number, received \(session.describe(value))")
        }
        return n
    }

    /// `.valid`, `.same`, or their Keras strings "valid" / "same".
    private func paddingValue(_ value: Value, _ layer: String) throws -> Padding {
        if case .string(let s) = value {
            if let p = Padding(rawValue: s.lowercased()) { return p }
            throw HostError("\(layer): padding must be .valid or .same, received \"\(s)\"")
        }
        return try payload(value, as: Padding.self, "a padding such as .same")
    }

    /// A target shape: `[28, 28, 1]` or a tuple `(28, 28, 1)`.
    private func shapeArgument(_ value: Value, _ layer: String) throws -> [Int] {
        if case .tuple(let box) = value { return try box.values.map { try $0.toInt() } }
        guard case .array = value else { throw HostError("\(layer): the target shape must be an array such as [28, 28, 1], received \(session.describe(value))") }
        return try value.toIntArray()
    }
}
