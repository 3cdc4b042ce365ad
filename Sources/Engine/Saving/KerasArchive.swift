import Foundation

/// Keras 3's `.keras` model file: a zip of `metadata.json`, `config.json` (the architecture and
/// compile settings, see `KerasModelConfig`) and `model.weights.h5` (each layer's weights at
/// `layers/<name>/vars/0, 1, …` in Keras's variable order), so `keras.saving.load_model` opens
/// what `model.save` writes and `loadModel` opens what Keras writes. Uses the engine's own zip
/// reader and writer (the ones `.npz` uses: stored and deflated entries, zip64, CRC and budget
/// checks; stored entries with fixed timestamps, so the bytes are deterministic) rather than a
/// zip package, which the engine could not import (it imports only its C shims) and which would
/// duplicate them.
public enum KerasArchive {
    static let configName = "config.json", metadataName = "metadata.json", weightsName = "model.weights.h5"

    /// The bytes of a `.keras` file for a built model.
    public static func encode(_ model: Sequential, source: String) throws -> [UInt8] {
        guard model.isBuilt else {
            throw EngineError("Model \"\(model.name)\" cannot be saved before it is built: give the first layer an inputShape or call fit/build first")
        }
        let config = try KerasModelConfig.sequential(model)
        // The Keras version whose file layout this follows; Keras reads it only to report it.
        let metadata: KerasJSON = ["keras_version": "3.0.0", "nbrun": "Sequential saved by nbrun", "date_saved": "1980-01-01@00:00:00"]
        var writer = ZipWriter()
        writer.addStored(name: metadataName, contents: try json(metadata, source))
        writer.addStored(name: configName, contents: try json(config, source))
        writer.addStored(name: weightsName, contents: try weightsImage(model, source: "\(source)[\(weightsName)]"))
        guard let bytes = writer.finish() else { throw EngineError("\(source): the model is too large for a .keras file (over 4 GiB)") }
        return bytes
    }

    /// The model a `.keras` file holds, with its weights (and compiled, when it was).
    public static func decode(_ bytes: [UInt8], source: String) throws -> Sequential {
        let entries: [ZipReader.Entry]
        do { entries = try ZipReader(bytes: bytes, source: source).entries() } catch {
            throw EngineError("\(source) is not a .keras file: it is not a readable zip archive (\(error))")
        }
        func member(_ name: String) throws -> [UInt8] {
            guard let entry = entries.first(where: { $0.name == name }) else {
                throw EngineError("\(source) is not a .keras file: it has no \(name) (members: \(entries.map(\.name).joined(separator: ", ")))")
            }
            return try entry.contents()
        }
        let parsed: Any
        do { parsed = try JSONSerialization.jsonObject(with: Data(try member(configName))) } catch let error as EngineError { throw error } catch {
            throw EngineError("\(source): \(configName) is not valid JSON")
        }
        let model = try KerasModelConfig.sequential(from: parsed, source)
        guard model.isBuilt else { throw EngineError("\(source): the saved model does not say its input shape, so its weights cannot be placed") }
        try loadWeightsImage(try member(weightsName), into: model, source: "\(source)[\(weightsName)]")
        return model
    }

    /// Keras's weights file (`model.weights.h5` in a `.keras`, or `model.save_weights("….weights.h5")`):
    /// each layer's weights at `layers/<name>/vars/<i>`, an empty `vars` group for the others.
    public static func weightsImage(_ model: Sequential, source: String) throws -> [UInt8] {
        guard model.isBuilt else { throw EngineError("Model \"\(model.name)\" has no weights yet: it is not built") }
        var groups = ["vars"]
        var datasets: [(path: String, tensor: Tensor)] = []
        for (group, layer) in KerasModelConfig.weightPaths(model) {
            groups.append("\(group)/vars")
            if layer is ModelLayer { continue }   // its layers' weights are listed under it
            for (i, p) in layer.parameters.enumerated() { datasets.append(("\(group)/vars/\(i)", p.tensor)) }
        }
        return try HDF5Image.encode(groups: groups, datasets: datasets, source: source)
    }

    /// Puts the weights of a Keras weights file into a built model with the same layer names.
    public static func loadWeightsImage(_ bytes: [UInt8], into model: Sequential, source: String) throws {
        guard model.isBuilt else {
            throw EngineError("Model \"\(model.name)\" must be built before loading weights: give the first layer an inputShape or call fit/build first")
        }
        let weights = try HDF5Image.decode(bytes, source: source)
        var updates: [(Layer, [Tensor])] = []
        for (group, layer) in KerasModelConfig.weightPaths(model) where !(layer is ModelLayer) {
            let saved = weights.keys.filter { $0.hasPrefix("\(group)/vars/") }.count
            guard saved == layer.parameters.count else {
                throw EngineError("\(source): layer \"\(layer.name)\" (\(layer.typeName)) has \(layer.parameters.count) weights, the file holds \(saved) under \(group)/vars")
            }
            let tensors = try (0..<saved).map { i -> Tensor in
                guard let t = weights["\(group)/vars/\(i)"] else { throw EngineError("\(source): \(group)/vars/\(i) is missing") }
                guard t.shape == layer.parameters[i].shape else {
                    throw EngineError("\(source): layer \"\(layer.name)\" weight \"\(layer.parameters[i].name)\" has shape \(EngineError.shapeText(layer.parameters[i].shape)), the file holds shape \(EngineError.shapeText(t.shape))")
                }
                return t
            }
            updates.append((layer, tensors))
        }
        // Every layer checked before any changes: a bad file leaves the model as it was.
        for (layer, tensors) in updates { try layer.setWeights(tensors) }
    }

    private static func json(_ object: KerasJSON, _ source: String) throws -> [UInt8] {
        do { return [UInt8](try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) } catch {
            throw EngineError("\(source): the model config cannot be written as JSON (\(error))")
        }
    }
}

extension Sequential {
    /// Saves architecture, weights and compile settings as a Keras 3 `.keras` file.
    public func save(to path: String) throws {
        try DataFile.write(try KerasArchive.encode(self, source: path), to: path)
    }

    /// Saves the weights alone as Keras's `….weights.h5` (`model.save_weights` layout).
    public func saveKerasWeights(to path: String) throws {
        try DataFile.write(try KerasArchive.weightsImage(self, source: path), to: path)
    }

    /// Loads a Keras `….weights.h5` file into this built model.
    public func loadKerasWeights(from path: String) throws {
        try KerasArchive.loadWeightsImage([UInt8](try DataFile.read(path)), into: self, source: path)
    }

    /// Loads a model saved by `save(to:)` or by Keras 3's `model.save("….keras")`.
    public static func load(from path: String) throws -> Sequential {
        try KerasArchive.decode([UInt8](try DataFile.read(path)), source: path)
    }
}
