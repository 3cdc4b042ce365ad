/// Saving and loading a model's weights as a NumPy `.npz` archive (arrays named
/// "layer/weight", e.g. "dense/kernel", in model order; `numpy.load` reads them back).
extension Sequential {
    public func saveWeights(to path: String) throws {
        try DataFile.write(try weightsArchive(source: path), to: path)
    }

    /// The bytes of the `.npz` `saveWeights(to:)` writes; `source` names it in errors.
    public func weightsArchive(source: String) throws -> [UInt8] {
        guard isBuilt else { throw EngineError("Model \"\(name)\" has no weights yet: it is not built") }
        let arrays = layers.flatMap { l in l.parameters.map { (name: "\(l.name)/\($0.name)", tensor: $0.tensor) } }
        return try NPZ.encode(arrays, dtype: .float32, source: source)
    }

    /// Loads weights saved by `saveWeights`; names, count and shapes must match this model.
    public func loadWeights(from path: String) throws {
        try loadWeights(archive: [UInt8](DataFile.read(path)), source: path)
    }

    /// Loads the bytes of an `.npz` saved by `saveWeights`; `source` names it in errors.
    public func loadWeights(archive bytes: [UInt8], source path: String) throws {
        guard isBuilt else {
            throw EngineError("Model \"\(name)\" must be built before loading weights: give the first layer an inputShape or call fit/build first")
        }
        let arrays = try NPZ.decode(bytes, source: path)
        let params = layers.flatMap { l in l.parameters.map { (layer: l, param: $0) } }
        guard arrays.count == params.count else {
            throw EngineError("Weights file \(path) holds \(arrays.count) arrays, model \"\(name)\" has \(params.count) weights")
        }
        for (a, p) in zip(arrays, params) {
            let expected = "\(p.layer.name)/\(p.param.name)"
            guard a.name == expected else {
                throw EngineError("Weights file \(path): array \"\(a.name)\" found where model \"\(name)\" expects \"\(expected)\"")
            }
            guard a.tensor.shape == p.param.shape else {
                throw EngineError("Layer \"\(p.layer.name)\" weight \"\(p.param.name)\" has shape \(EngineError.shapeText(p.param.shape)), the file holds shape \(EngineError.shapeText(a.tensor.shape))")
            }
        }
        for (a, p) in zip(arrays, params) { try p.param.assign(a.tensor, layer: "\"\(p.layer.name)\"") }
    }
}
