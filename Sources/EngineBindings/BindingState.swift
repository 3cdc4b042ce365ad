import Foundation
import Engine
import Interpreter
import NotebookModel

/// What every binding needs: the session, the outside world's context, the session's own random
/// stream, and the registered host types.
final class BindingState {
    unowned let session: Session
    let context: BindingContext
    /// This notebook's random sequence: weights, shuffles and dropout masks come from it alone.
    let random: RandomStream
    let seed: UInt64
    let files: DataFiles
    var tensorType: HostType!
    var sequentialType: HostType!
    var historyType: HostType!
    var layerTypes: [String: HostType] = [:]

    init(session: Session, context: BindingContext, seed: UInt64) {
        self.session = session
        self.context = context
        self.random = RandomStream(seed: seed)
        self.seed = seed
        self.files = DataFiles(readable: context.readableDirectories, search: context.searchDirectories)
    }

    /// Runs engine code with this notebook's random stream and turns engine errors into host errors.
    func engine<T>(_ body: () throws -> T) throws -> T {
        do {
            return try EngineRandom.using(random, body)
        } catch let error as HostError {
            throw error
        } catch {
            throw HostError("\(error)")
        }
    }

    func wrap(_ tensor: Tensor) -> Value {
        .host(HostObject(type: tensorType, payload: tensor))
    }

    func wrap(_ layer: Layer) -> Value {
        let type = layerTypes[layer.typeName] ?? layerTypes["Layer"] ?? tensorType!
        return .host(HostObject(type: type, payload: layer))
    }

    func wrap(_ model: Sequential) -> Value {
        .host(HostObject(type: sequentialType, payload: model))
    }
}

/// A notebook's readable files: its own folder and the project's datasets/, nothing else.
struct DataFiles {
    var readable: [String]
    var search: [String]

    /// The real path of a file a cell asks for, or an error saying where cells may read.
    func resolve(_ path: String) throws -> String {
        let bases = path.hasPrefix("/") ? [""] : search
        for base in bases {
            let joined = base.isEmpty ? path : "\(base)/\(path)"
            let real = URL(fileURLWithPath: joined).resolvingSymlinksInPath().standardizedFileURL.path
            guard FileManager.default.fileExists(atPath: real) else { continue }
            guard readable.contains(where: { real == $0 || real.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }) else {
                throw HostError("cannot read '\(path)': notebooks may read files only from \(allowedText)")
            }
            return real
        }
        throw HostError("file not found: '\(path)' (looked in \(search.joined(separator: ", ")); notebooks may read files only from \(allowedText))")
    }

    private var allowedText: String { readable.joined(separator: " and ") }
}
