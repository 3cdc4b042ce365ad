import NotebookModel

/// What the bindings may reach outside the interpreter: readable data folders and output sinks.
public struct BindingContext {
    /// Folders cells may read data files from; nothing else on disk is reachable.
    public var readableDirectories: [String]
    /// Folders a relative path in a cell is resolved against, in order (notebook folder, project root).
    public var searchDirectories: [String]
    /// Rich outputs (figures, summaries, training logs) for the current cell.
    public var emit: (CellOutput) -> Void
    /// Live training progress for the terminal.
    public var training: (TrainingEvent) -> Void
    /// Called with the resolved path of every data file a cell reads.
    public var fileRead: (String) -> Void
    /// The one folder cells may write files into (`site/<notebook>/files/`), nil to keep what they
    /// write in memory (grading, the engine used without a site).
    public var writableDirectory: String?
    /// The link from the notebook's page to that folder, ending in "/" ("lesson01/files/").
    public var writableLink: String?

    public init(readableDirectories: [String], searchDirectories: [String] = [], emit: @escaping (CellOutput) -> Void,
                training: @escaping (TrainingEvent) -> Void = { _ in }, fileRead: @escaping (String) -> Void = { _ in },
                writableDirectory: String? = nil, writableLink: String? = nil) {
        self.writableDirectory = writableDirectory
        self.writableLink = writableLink
        self.readableDirectories = readableDirectories
        self.searchDirectories = searchDirectories
        self.emit = emit
        self.training = training
        self.fileRead = fileRead
    }
}

/// A step of `fit`, for drawing a Keras-style progress bar.
public struct TrainingEvent: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        case batch(Int, of: Int)
        case epochEnd
        case finished
    }
    public var epoch: Int
    public var epochs: Int
    public var phase: Phase
    /// Running metrics in Keras's order, e.g. [("accuracy", 0.81), ("loss", 0.52)].
    public var logs: [(name: String, value: Double)]
    public var elapsedSeconds: Double
    /// `fit`'s `verbose`: 0 asks for no epoch lines (a terminal may still show the live bar).
    public var verbose: Int

    public init(epoch: Int, epochs: Int, phase: Phase, logs: [(name: String, value: Double)], elapsedSeconds: Double,
                verbose: Int = 1) {
        self.verbose = verbose
        self.epoch = epoch
        self.epochs = epochs
        self.phase = phase
        self.logs = logs
        self.elapsedSeconds = elapsedSeconds
    }

    public static func == (lhs: TrainingEvent, rhs: TrainingEvent) -> Bool {
        lhs.epoch == rhs.epoch && lhs.epochs == rhs.epochs && lhs.phase == rhs.phase
            && lhs.logs.map(\.name) == rhs.logs.map(\.name) && lhs.logs.map(\.value) == rhs.logs.map(\.value)
    }
}
