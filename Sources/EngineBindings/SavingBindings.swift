import Engine
import Foundation
import Interpreter
import NotebookModel

/// Saving and loading: `model.save("m.keras")` / `loadModel`, `saveWeights` / `loadWeights`
/// (`.weights.h5` as Keras writes it, or `.npz`), and the files `ModelCheckpoint` and
/// `CSVLogger` write. Everything written goes to the notebook's files folder (`NotebookFiles`),
/// and the page links it; reads look there first, then in the read-only data folders.
extension BindingState {
    enum WeightsFormat { case kerasH5, npz }

    func registerSaving(_ model: HostType) {
        model.method("save", [HostParam()]) { [self] call in
            let m = try receiverModel(call), name = try call.string(0)
            try Self.requireKeras(name, "save")
            try writeFile(name, try engine { try KerasArchive.encode(m, source: name) })
            return .void
        }
        model.method("saveWeights", [HostParam()]) { [self] call in
            let m = try receiverModel(call), name = try call.string(0)
            try writeFile(name, try weightsBytes(m, name, "saveWeights"))
            return .void
        }
        model.method("loadWeights", [HostParam()]) { [self] call in
            let m = try receiverModel(call), name = try call.string(0)
            let format = try Self.weightsFormat(name, "loadWeights")
            if let bytes = try writtenFile(name) {
                try engine {
                    switch format {
                    case .kerasH5: try KerasArchive.loadWeightsImage(bytes, into: m, source: name)
                    case .npz: try m.loadWeights(archive: bytes, source: name)
                    }
                }
                return .void
            }
            let path = try readableFile(name)
            try engine {
                switch format {
                case .kerasH5: try m.loadKerasWeights(from: path)
                case .npz: try m.loadWeights(from: path)
                }
            }
            return .void
        }
        session.host.function("loadModel", [HostParam()]) { [self] call in
            let name = try call.string(0)
            try Self.requireKeras(name, "loadModel")
            if let bytes = try writtenFile(name) { return wrap(try engine { try KerasArchive.decode(bytes, source: name) }) }
            let path = try readableFile(name)
            return wrap(try engine { try Sequential.load(from: path) })
        }
    }

    /// `CSVLogger(filename, separator:, append:)`.
    func registerCSVLogger() {
        let type = session.host.defineType("CSVLogger")
        type.initializer([HostParam(), HostParam("separator", default: .string(",")), HostParam("append", default: .bool(false))]) { [self] call in
            let name = try call.string(0)
            try NotebookFiles.validate(name)
            let logger = try engine {
                try CSVLogger(filename: name, separator: try call.string(1), append: try call.bool(2), read: { [self] in
                    try writtenFile(name).map { String(decoding: $0, as: UTF8.self) }
                }, write: { [self] text in
                    try writeFile(name, Array(text.utf8))
                })
            }
            return .host(HostObject(type: type, payload: logger))
        }
        type.describe { object in "CSVLogger(\"\((object.payload as? CSVLogger)?.filename ?? "")\")" }
    }

    /// What `ModelCheckpoint` writes each time: the whole model for `.keras` (or
    /// `saveWeightsOnly: false`), else the weights in the format the name says.
    func checkpointStore(weightsOnly: Bool?, filepath: String) throws -> (String, Sequential) throws -> Void {
        let wholeModel = weightsOnly.map { !$0 } ?? filepath.hasSuffix(".keras")
        if wholeModel {
            try Self.requireKeras(filepath, "ModelCheckpoint with saveWeightsOnly: false")
        } else {
            _ = try Self.weightsFormat(filepath, "ModelCheckpoint with saveWeightsOnly: true")
        }
        try NotebookFiles.validate(ModelCheckpointName.sample(filepath))
        return { [self] path, model in
            try writeFile(path, wholeModel ? try KerasArchive.encode(model, source: path) : try weightsBytes(model, path, "ModelCheckpoint"))
        }
    }

    private func weightsBytes(_ model: Sequential, _ name: String, _ who: String) throws -> [UInt8] {
        switch try Self.weightsFormat(name, who) {
        case .kerasH5: return try engine { try KerasArchive.weightsImage(model, source: name) }
        case .npz: return try engine { try model.weightsArchive(source: name) }
        }
    }

    /// Writes into the notebook's files and shows the link under the cell.
    private func writeFile(_ name: String, _ bytes: [UInt8]) throws {
        try engine { try Allocator.reserve(bytes: bytes.count, "the file '\(name)'") }
        context.emit(.file(try writable.write(name, bytes)))
    }

    /// A file this notebook wrote, or nil.
    private func writtenFile(_ name: String) throws -> [UInt8]? {
        guard (try? NotebookFiles.validate(name)) != nil else { return nil }
        return try writable.read(name)
    }

    /// A read-only data file (the notebook's folder, datasets/), logged for the cache.
    private func readableFile(_ name: String) throws -> String {
        let path = try files.resolve(name)
        context.fileRead(path)
        return path
    }

    static func weightsFormat(_ name: String, _ who: String) throws -> WeightsFormat {
        if name.hasSuffix(".h5") { return .kerasH5 }
        if name.hasSuffix(".npz") { return .npz }
        if name.hasSuffix(".keras") {
            throw HostError("\(who): '\(name)' names a whole model: use model.save(\"\(name)\") and loadModel(\"\(name)\")")
        }
        throw HostError("\(who): '\(name)' must end in .weights.h5 (Keras's weights file) or .npz (NumPy's archive)")
    }

    static func requireKeras(_ name: String, _ who: String) throws {
        guard name.hasSuffix(".keras") else {
            throw HostError("\(who): '\(name)' must end in .keras (Keras 3's model file); weights alone go to saveWeights(\"….weights.h5\")")
        }
    }
}

/// A `ModelCheckpoint` file path with its `{epoch}` fields filled, to check the name before training.
enum ModelCheckpointName {
    static func sample(_ template: String) -> String {
        var out = template.replacingOccurrences(of: "{epoch}", with: "1")
        for width in 1...4 { out = out.replacingOccurrences(of: "{epoch:0\(width)d}", with: "1") }
        return out
    }
}
