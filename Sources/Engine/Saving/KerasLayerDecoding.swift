import Foundation

/// Rebuilds engine layers from Keras 3 layer configs (written by nbrun or by Keras). Settings
/// the engine cannot honour (channels_first, dilation, constraints) are errors naming the layer,
/// never silently dropped.
enum KerasLayerDecoding {
    /// The layer a serialized Keras layer describes; `InputLayer` gives an `Input`.
    static func layer(_ value: Any?, _ source: String) throws -> Layer {
        let (className, c) = try KerasObject.parts(value, "\(source): a layer entry")
        if className == "Sequential" {
            return ModelLayer(try KerasModelConfig.sequential(from: value, source))
        }
        let name = c["name"] as? String
        let what = "\(source): layer \"\(name ?? className)\" (\(className))"
        try checkUnsupported(className, c, what)
        let layer = try make(className, c, name: name, what)
        if KerasObject.bool(c["trainable"]) == false { layer.trainable = false }
        return layer
    }

    private static func make(_ className: String, _ c: KerasJSON, name: String?, _ what: String) throws -> Layer {
        func number(_ key: String) throws -> Float {
            guard let v = KerasObject.float(c[key]) else { throw EngineError("\(what): \"\(key)\" is missing or not a number") }
            return v
        }
        func integer(_ key: String) throws -> Int {
            guard let v = KerasObject.int(c[key]) else { throw EngineError("\(what): \"\(key)\" is missing or not an integer") }
            return v
        }
        func size(_ key: String, rank: Int) throws -> Size2D {
            guard let s = KerasObject.size(c[key], rank: rank) else { throw EngineError("\(what): \"\(key)\" is not a \(rank)-D size") }
            return s
        }
        func optionalSize(_ key: String, rank: Int) throws -> Size2D? {
            c[key] == nil || c[key] is NSNull ? nil : try size(key, rank: rank)
        }
        func padding() throws -> Padding {
            let text = c["padding"] as? String ?? "valid"
            guard let p = Padding(rawValue: text.lowercased()) else { throw EngineError("\(what): padding \"\(text)\" is not valid or same") }
            return p
        }
        let activation = { try KerasObject.activation(from: c["activation"], what) }
        let kernel = { try KerasObject.initializer(from: c["kernel_initializer"] ?? "glorot_uniform", what) }
        let bias = { try KerasObject.initializer(from: c["bias_initializer"] ?? "zeros", what) }
        let kernelReg = { try KerasObject.regularizer(from: c["kernel_regularizer"], what) }
        let biasReg = { try KerasObject.regularizer(from: c["bias_regularizer"], what) }
        let useBias = KerasObject.bool(c["use_bias"]) ?? true
        switch className {
        case "InputLayer":
            let shape = KerasObject.shape(c["batch_shape"] ?? c["batch_input_shape"], dropBatch: true) ?? KerasObject.shape(c["shape"], dropBatch: false)
            guard let shape else { throw EngineError("\(what): no batch_shape") }
            return Input(shape: shape, name: name)
        case "Dense":
            return Dense(try integer("units"), activation: try activation(), useBias: useBias, kernelInitializer: try kernel(),
                         biasInitializer: try bias(), kernelRegularizer: try kernelReg(), biasRegularizer: try biasReg(), name: name)
        case "Conv2D":
            return Conv2D(try integer("filters"), kernelSize: try size("kernel_size", rank: 2), strides: try optionalSize("strides", rank: 2) ?? 1,
                          padding: try padding(), activation: try activation(), useBias: useBias, kernelInitializer: try kernel(),
                          biasInitializer: try bias(), kernelRegularizer: try kernelReg(), biasRegularizer: try biasReg(), name: name)
        case "Conv1D":
            return Conv1D(try integer("filters"), kernelSize: try size("kernel_size", rank: 1).width,
                          strides: try optionalSize("strides", rank: 1)?.width ?? 1, padding: try padding(), activation: try activation(),
                          useBias: useBias, kernelInitializer: try kernel(), biasInitializer: try bias(),
                          kernelRegularizer: try kernelReg(), biasRegularizer: try biasReg(), name: name)
        case "MaxPooling2D", "AveragePooling2D":
            let pool = try optionalSize("pool_size", rank: 2) ?? 2, strides = try optionalSize("strides", rank: 2)
            return className == "MaxPooling2D" ? MaxPooling2D(poolSize: pool, strides: strides, padding: try padding(), name: name)
                : AveragePooling2D(poolSize: pool, strides: strides, padding: try padding(), name: name)
        case "MaxPooling1D", "AveragePooling1D":
            let pool = try optionalSize("pool_size", rank: 1)?.width ?? 2, strides = try optionalSize("strides", rank: 1)?.width
            return className == "MaxPooling1D" ? MaxPooling1D(poolSize: pool, strides: strides, padding: try padding(), name: name)
                : AveragePooling1D(poolSize: pool, strides: strides, padding: try padding(), name: name)
        case "GlobalAveragePooling2D": return GlobalAveragePooling2D(name: name)
        case "GlobalMaxPooling2D": return GlobalMaxPooling2D(name: name)
        case "GlobalAveragePooling1D": return GlobalAveragePooling1D(name: name)
        case "GlobalMaxPooling1D": return GlobalMaxPooling1D(name: name)
        case "Dropout": return Dropout(try number("rate"), name: name)
        case "Activation": return ActivationLayer(try activation(), name: name)
        case "Softmax": return Softmax(name: name)
        case "LeakyReLU": return LeakyReLU(negativeSlope: KerasObject.float(c["negative_slope"] ?? c["alpha"]) ?? 0.3, name: name)
        case "ReLU": return ActivationLayer(.relu, name: name)
        case "Flatten": return Flatten(name: name)
        case "Reshape":
            guard let target = KerasObject.shape(c["target_shape"], dropBatch: false) else { throw EngineError("\(what): no target_shape") }
            return Reshape(target, name: name)
        case "Rescaling": return Rescaling(try number("scale"), offset: KerasObject.float(c["offset"]) ?? 0, name: name)
        case "Embedding":
            return Embedding(inputDim: try integer("input_dim"), outputDim: try integer("output_dim"),
                             embeddingsInitializer: try KerasObject.initializer(from: c["embeddings_initializer"] ?? "uniform", what),
                             maskZero: KerasObject.bool(c["mask_zero"]) ?? false, name: name)
        case "Normalization":
            return Normalization(axis: try normalizationAxis(c["axis"], what), name: name)
        case "BatchNormalization":
            return BatchNormalization(momentum: KerasObject.float(c["momentum"]) ?? 0.99, epsilon: KerasObject.float(c["epsilon"]) ?? 1e-3, name: name)
        default:
            throw EngineError("\(what): nbrun has no layer class \"\(className)\"")
        }
    }

    private static func normalizationAxis(_ value: Any?, _ what: String) throws -> Int? {
        if value == nil { return -1 }
        if value is NSNull { return nil }
        if let list = value as? [Any] {
            guard list.count == 1, let a = KerasObject.int(list[0]) else { throw EngineError("\(what): only one normalization axis is supported") }
            return a
        }
        guard let a = KerasObject.int(value) else { throw EngineError("\(what): axis is not an integer") }
        return a
    }

    /// Keras settings the engine does not implement: refused with the setting's name.
    private static func checkUnsupported(_ className: String, _ c: KerasJSON, _ what: String) throws {
        if let format = c["data_format"] as? String, format != "channels_last" {
            throw EngineError("\(what): data_format \"\(format)\" is not supported (nbrun uses channels_last)")
        }
        if let rates = c["dilation_rate"], !(KerasObject.size(rates, rank: 2) == Size2D(1, 1) || KerasObject.size(rates, rank: 1) == Size2D(1, 1)) {
            throw EngineError("\(what): dilation_rate other than 1 is not supported")
        }
        if let groups = KerasObject.int(c["groups"]), groups != 1 { throw EngineError("\(what): groups other than 1 are not supported") }
        for key in ["kernel_constraint", "bias_constraint", "embeddings_constraint", "activity_regularizer", "embeddings_regularizer"] {
            if let v = c[key], !(v is NSNull) { throw EngineError("\(what): \(key) is not supported") }
        }
        if KerasObject.bool(c["keepdims"]) == true { throw EngineError("\(what): keepdims true is not supported") }
        if className == "Normalization" {
            if let mean = c["mean"], !(mean is NSNull) { throw EngineError("\(what): a Normalization with a fixed mean is not supported (adapt it instead)") }
            if KerasObject.bool(c["invert"]) == true { throw EngineError("\(what): invert true is not supported") }
        }
        if className == "BatchNormalization" {
            if let axis = KerasObject.int(c["axis"]), axis != -1 { throw EngineError("\(what): BatchNormalization axis \(axis) is not supported (only -1)") }
            if KerasObject.bool(c["center"]) == false || KerasObject.bool(c["scale"]) == false {
                throw EngineError("\(what): BatchNormalization without center or scale is not supported")
            }
            if KerasObject.bool(c["renorm"]) == true || KerasObject.bool(c["synchronized"]) == true {
                throw EngineError("\(what): BatchNormalization with renorm or synchronized is not supported")
            }
        }
        if className == "Softmax", let axis = KerasObject.int(c["axis"]), axis != -1 {
            throw EngineError("\(what): Softmax axis \(axis) is not supported (only -1)")
        }
    }
}
