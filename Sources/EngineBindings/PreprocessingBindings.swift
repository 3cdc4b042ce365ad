import Engine
import Interpreter

/// Layers and helpers that turn raw data into model inputs: `Embedding`, `Normalization` (with
/// `adapt`) and `TextVectorization`.
extension BindingState {
    func registerPreprocessing() {
        let inputShape = HostParam("inputShape", default: Value.none)
        let name = HostParam("name", default: Value.none)
        defineLayerType("Embedding", [
            HostParam("inputDim"), HostParam("outputDim"),
            HostParam("embeddingsInitializer", type: "Initializer", default: Value.none),
            HostParam("maskZero", default: .bool(false)), inputShape, name,
        ]) { [self] call in
            let inputDim = try call.int(0), outputDim = try call.int(1)
            guard inputDim > 0, outputDim > 0 else {
                throw HostError("Embedding: inputDim and outputDim must be positive whole numbers, received \(inputDim) and \(outputDim)")
            }
            return Embedding(inputDim: inputDim, outputDim: outputDim,
                             embeddingsInitializer: try call.optional(2).map { try payload($0, as: Initializer.self, "an initializer such as .randomUniform") } ?? .randomUniform,
                             maskZero: try call.bool(3), inputShape: try call.optional(4).map { try $0.toIntArray() },
                             name: try call.optional(5).map { try $0.toStringValue() })
        }
        let normalization = defineLayerType("Normalization", [HostParam("axis", default: .int(-1)), inputShape, name]) { call in
            Normalization(axis: try call.optional(0).map { try $0.toInt() }, inputShape: try call.optional(1).map { try $0.toIntArray() },
                          name: try call.optional(2).map { try $0.toStringValue() })
        }
        func normalizer(_ object: HostObject) throws -> Normalization { try payload(.host(object), as: Normalization.self, "a Normalization layer") }
        normalization.method("adapt", [HostParam()]) { [self] call in
            let data = try tensor(call[0])
            try engine { try normalizer(try call.this()).adapt(data) }
            return .void
        }
        normalization.property("mean") { [self] object in wrap(try normalizer(object).mean) }
        normalization.property("variance") { [self] object in wrap(try normalizer(object).variance) }
        registerTextVectorization()
    }

    private func registerTextVectorization() {
        let type = session.host.defineType("TextVectorization")
        // Only adapt changes a vectorizer; reading the vocabulary or vectorizing leaves it as it was.
        type.readOnlyMethods = ["getVocabulary", "vocabularySize", "callAsFunction"]
        type.valueResultMethods = ["getVocabulary", "vocabularySize", "callAsFunction"]
        func vectorizer(_ call: HostCall) throws -> TextVectorization {
            try payload(.host(try call.this()), as: TextVectorization.self, "a TextVectorization")
        }
        let modes = "\"int\", \"multi_hot\", \"count\" or \"tf_idf\""
        type.initializer([HostParam("maxTokens", default: Value.none), HostParam("outputMode", default: .string("int")),
                          HostParam("outputSequenceLength", default: Value.none)]) { [self] call in
            let modeName = try call.string(1)
            let mode = TextVectorization.OutputMode(rawValue: modeName)
                ?? ["multiHot": .multiHot, "tfIdf": .tfIdf][modeName]
            guard let mode else { throw HostError("TextVectorization: outputMode must be \(modes), received \"\(modeName)\"") }
            let made = try engine {
                try TextVectorization(maxTokens: try call.optional(0).map { try $0.toInt() }, outputMode: mode,
                                      outputSequenceLength: try call.optional(2).map { try $0.toInt() })
            }
            return .host(HostObject(type: type, payload: made))
        }
        type.describe { object in
            guard let v = object.payload as? TextVectorization else { return "TextVectorization" }
            return "<TextVectorization outputMode=\(v.outputMode.rawValue), vocabulary=\(v.vocabularySize)>"
        }
        type.method("adapt", [HostParam()]) { [self] call in
            let texts = try call[0].toArray().map { try $0.toStringValue() }
            try engine { try vectorizer(call).adapt(texts) }
            return .void
        }
        type.method("callAsFunction", [HostParam()]) { [self] call in
            let texts = try call[0].toArray().map { try $0.toStringValue() }
            return wrap(try engine { try vectorizer(call)(texts) })
        }
        type.method("getVocabulary") { call in Value(try vectorizer(call).vocabulary) }
        type.method("vocabularySize") { call in .int(try vectorizer(call).vocabularySize) }
    }
}
