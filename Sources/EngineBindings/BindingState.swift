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
    /// Default layer and model names, counted for the whole notebook as Keras counts them.
    let names = NameCounter()
    let seed: UInt64
    let files: DataFiles
    var tensorType: HostType!
    var sequentialType: HostType!
    var historyType: HostType!
    var layerTypes: [String: HostType] = [:]
    /// The files cells write (`model.save`, `saveWeights`, checkpoints, CSV logs): the notebook's
    /// files folder in the site, or memory when the context gives no folder.
    let writable: NotebookFiles

    init(session: Session, context: BindingContext, seed: UInt64) {
        self.session = session
        self.context = context
        self.random = RandomStream(seed: seed)
        self.seed = seed
        self.files = DataFiles(readable: context.readableDirectories, search: context.searchDirectories)
        self.writable = NotebookFiles(directory: context.writableDirectory, link: context.writableLink)
    }

    /// Runs engine code with this notebook's random stream and the cell's budget, the one place
    /// engine work meets the session's limits. A refused allocation becomes a `.limit` error;
    /// the session's own limit errors (the deadline) pass through; engine errors become host errors.
    func engine<T>(_ body: () throws -> T) throws -> T {
        do {
            return try EngineBudget.using(budget) { try EngineRandom.using(random, body) }
        } catch let error as BudgetExceeded {
            throw session.limitExceeded(error.message)
        } catch let error as EngineError {
            throw HostError(error.message)
        } catch let error as DataError {
            throw HostError(error.description)
        }
    }

    /// The running cell's limits as the engine sees them: each request within `memoryBytes`,
    /// large ones within the process's `residentBytes`, and the cell's clock at safe points.
    var budget: EngineBudget {
        let limits = session.limits
        return EngineBudget(memoryBytes: limits.memoryBytes, residentBytes: limits.residentBytes,
                            residentNow: ResidentMemory.bytes,
                            checkDeadline: { [unowned session] in try session.checkLimits() }, owner: "the cell's")
    }

    /// Reserves `count` elements of the result of an engine call that cannot fail on its own
    /// (scalar arithmetic, elementwise math), so its copy meets the budget too.
    func reserving(_ count: Int, _ what: @autoclosure () -> String) throws {
        try engine { try Allocator.reserve(count, what()) }
    }

    func wrap(_ tensor: Tensor) -> Value {
        .host(HostObject(type: tensorType, payload: tensor))
    }

    func wrap(_ layer: Layer) -> Value {
        if let inner = layer as? ModelLayer { return wrap(inner.model) }
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
