import Foundation

/// A `Sequential` as Keras 3's `config.json` describes it: an `InputLayer` entry for the input
/// shape, then each layer's serialized config; `Sequential.from_config` reads it back.
enum KerasModelConfig {
    static func sequential(_ model: Sequential) throws -> KerasJSON {
        var layers: [Any] = []
        if let input = model.inputShape {
            layers.append(KerasObject.make("keras.layers", "InputLayer", [
                "batch_shape": KerasObject.batchShape(input), "dtype": "float32", "sparse": false, "name": "input_layer",
            ]))
        }
        layers += try model.layers.map { try KerasLayerConfig.object($0) }
        var config: KerasJSON = ["name": model.name, "trainable": true, "layers": layers]
        if let input = model.inputShape { config["build_input_shape"] = KerasObject.batchShape(input) }
        var object = KerasObject.make("keras", "Sequential", config)
        if let input = model.inputShape { object["build_config"] = ["input_shape": KerasObject.batchShape(input)] }
        if let compile = try KerasCompileConfig.config(model) { object["compile_config"] = compile }
        return object
    }

    /// The model a serialized `Sequential` describes, built when it names its input shape and
    /// compiled when it has a `compile_config`.
    static func sequential(from value: Any?, _ source: String) throws -> Sequential {
        let (className, c) = try KerasObject.parts(value, "\(source): the model config")
        guard className == "Sequential" else {
            throw EngineError("\(source): the model is a Keras \"\(className)\"; nbrun loads only Sequential models")
        }
        guard let entries = c["layers"] as? [Any] else { throw EngineError("\(source): the Sequential config has no \"layers\" list") }
        let model = Sequential([], name: c["name"] as? String ?? "sequential")
        var inputShape: [Int]?
        for entry in entries {
            let layer = try KerasLayerDecoding.layer(entry, source)
            if layer is Input { inputShape = layer.declaredInputShape }
            model.add(layer)
        }
        if model.layers.isEmpty { throw EngineError("\(source): the Sequential model has no layers") }
        let declared = KerasObject.shape(c["build_input_shape"], dropBatch: true)
            ?? KerasObject.shape(((value as? KerasJSON)?["build_config"] as? KerasJSON)?["input_shape"], dropBatch: true)
        if !model.isBuilt, let shape = inputShape ?? declared { try model.build(inputShape: shape) }
        if let compile = (value as? KerasJSON)?["compile_config"] as? KerasJSON {
            try KerasCompileConfig.apply(compile, to: model, source)
        }
        return model
    }

    /// Where Keras keeps each layer's weights in `model.weights.h5`: `layers/<class>/vars/<i>`,
    /// where <class> is the snake-case class name numbered within the model as Keras's loader
    /// numbers it (`dense`, `dense_1`, …; not the layer's name), nested models' layers under
    /// their own `layers/sequential/layers/…`.
    static func weightPaths(_ model: Sequential, prefix: String = "") -> [(group: String, layer: Layer)] {
        var used: [String: Int] = [:]
        return model.layers.flatMap { layer -> [(group: String, layer: Layer)] in
            let stem = layer.baseName
            let name: String
            if let n = used[stem] { used[stem] = n + 1; name = "\(stem)_\(n + 1)" } else { used[stem] = 0; name = stem }
            let path = "\(prefix)layers/\(name)"
            if let inner = layer as? ModelLayer { return [(path, layer)] + weightPaths(inner.model, prefix: path + "/") }
            return [(path, layer)]
        }
    }
}
