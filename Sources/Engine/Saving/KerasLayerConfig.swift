import Foundation

/// Each engine layer as Keras 3 serializes it (`get_config` under `module`/`class_name`), the
/// argument names Keras's constructors take, so `keras.saving.load_model` rebuilds the layer.
enum KerasLayerConfig {
    /// The serialized layer with its `build_config` (the per-sample input shape, batch axis first).
    static func object(_ layer: Layer) throws -> KerasJSON {
        if let inner = layer as? ModelLayer { return try KerasModelConfig.sequential(inner.model) }
        var config: KerasJSON = ["name": layer.name, "trainable": layer.trainable, "dtype": "float32"]
        config.merge(try settings(layer)) { _, new in new }
        var object = KerasObject.make("keras.layers", layer.typeName, config)
        if let input = layer.inputShape { object["build_config"] = ["input_shape": KerasObject.batchShape(input)] }
        return object
    }

    /// The layer's own constructor arguments.
    /// The kernel and bias settings Dense and the convolutions write alike.
    private static func kernelAndBias(_ kernel: Initializer, _ bias: Initializer, _ kernelRegularizer: Regularizer?,
                                      _ biasRegularizer: Regularizer?) -> KerasJSON {
        ["kernel_initializer": KerasObject.initializer(kernel), "bias_initializer": KerasObject.initializer(bias),
         "kernel_regularizer": KerasObject.regularizer(kernelRegularizer),
         "bias_regularizer": KerasObject.regularizer(biasRegularizer),
         "kernel_constraint": NSNull(), "bias_constraint": NSNull()]
    }

    private static func settings(_ layer: Layer) throws -> KerasJSON {
        let data = "channels_last"
        switch layer {
        case let l as Dense:
            return ["units": l.units, "activation": try KerasObject.activation(l.activation, l.name), "use_bias": l.useBias]
                .merging(kernelAndBias(l.kernelInitializer, l.biasInitializer, l.kernelRegularizer, l.biasRegularizer)) { a, _ in a }
        case let l as Convolution:
            let r = l.spatialRank
            return ["filters": l.filters, "kernel_size": KerasObject.sizeJSON(l.kernelSize, rank: r),
                    "strides": KerasObject.sizeJSON(l.strides, rank: r), "padding": l.padding.rawValue, "data_format": data,
                    "dilation_rate": [Int](repeating: 1, count: r), "groups": 1,
                    "activation": try KerasObject.activation(l.activation, l.name), "use_bias": l.useBias]
                .merging(kernelAndBias(l.kernelInitializer, l.biasInitializer, l.kernelRegularizer, l.biasRegularizer)) { a, _ in a }
        case let l as Pooling:
            let r = l.spatialRank
            return ["pool_size": KerasObject.sizeJSON(l.poolSize, rank: r), "strides": KerasObject.sizeJSON(l.strides, rank: r),
                    "padding": l.padding.rawValue, "data_format": data]
        case is GlobalPooling:
            return ["data_format": data, "keepdims": false]
        case let l as Dropout:
            return ["rate": Double(l.rate), "seed": NSNull(), "noise_shape": NSNull()]
        case is Softmax:
            return ["axis": -1]
        case let l as LeakyReLU:
            return ["negative_slope": Double(l.activation.alpha)]
        case let l as ActivationLayer:
            return ["activation": try KerasObject.activation(l.activation, l.name)]
        case is Flatten:
            return ["data_format": data]
        case let l as Reshape:
            return ["target_shape": l.targetShape]
        case let l as Rescaling:
            return ["scale": Double(l.scale), "offset": Double(l.offset)]
        case let l as Embedding:
            return ["input_dim": l.inputDim, "output_dim": l.outputDim,
                    "embeddings_initializer": KerasObject.initializer(l.embeddingsInitializer),
                    "embeddings_regularizer": NSNull(), "embeddings_constraint": NSNull(), "mask_zero": l.maskZero]
        case let l as Normalization:
            return ["axis": l.axis.map { [$0] as Any } ?? NSNull(), "mean": NSNull(), "variance": NSNull(), "invert": false]
        case let l as BatchNormalization:
            return ["axis": -1, "momentum": Double(l.momentum), "epsilon": Double(l.epsilon), "center": true, "scale": true,
                    "beta_initializer": KerasObject.initializer(.zeros), "gamma_initializer": KerasObject.initializer(.ones),
                    "moving_mean_initializer": KerasObject.initializer(.zeros),
                    "moving_variance_initializer": KerasObject.initializer(.ones),
                    "beta_regularizer": NSNull(), "gamma_regularizer": NSNull(), "beta_constraint": NSNull(), "gamma_constraint": NSNull()]
        default:
            throw EngineError("Layer \"\(layer.name)\" (\(layer.typeName)) cannot be saved in a .keras file yet")
        }
    }
}
