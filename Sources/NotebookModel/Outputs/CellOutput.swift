/// One thing a cell produced, in the order it produced it; plain data the renderer draws.
public enum CellOutput: Equatable, Sendable, Codable {
    /// Text written by `print` (stdout).
    case text(String)
    /// A displayed value: the cell's last expression or `display(_:)`, already formatted as text.
    case value(String)
    /// A chart, drawn by the renderer as inline SVG.
    case figure(Figure)
    /// A table of strings with a header row.
    case table(DataTable)
    /// A Keras-style model summary (the renderer draws it as an HTML table).
    case modelSummary(ModelSummary)
    /// Training progress: one line per epoch, as Keras prints them with verbose 2.
    case trainingLog(TrainingLog)
    /// The error that ended the cell.
    case error(CellError)
    /// nbrun's note about the cell's output, such as what the output caps cut.
    case notice(String)
    /// A file the cell wrote into the notebook's files folder (`model.save`, `saveWeights`, …).
    case file(WrittenFile)
}

extension Array where Element == CellOutput {
    /// Appends a cell's output; a file written again (a checkpoint each epoch, a CSV log's rows)
    /// keeps its first place with its latest size, so the page links each file once.
    public mutating func appendOutput(_ output: CellOutput) {
        if case .file(let file) = output,
           let i = firstIndex(where: { if case .file(let f) = $0 { f.name == file.name } else { false } }) {
            self[i] = output
        } else {
            append(output)
        }
    }
}

/// A file a cell wrote, for the page's download link: its name in the notebook's files folder,
/// its size, and the link from the page (nil when the file was kept in memory, not on disk).
public struct WrittenFile: Equatable, Sendable, Codable {
    public var name: String
    public var bytes: Int
    public var href: String?
    public init(name: String, bytes: Int, href: String?) {
        self.name = name
        self.bytes = bytes
        self.href = href
    }
}

/// A table of text cells with a header row.
public struct DataTable: Equatable, Sendable, Codable {
    public var header: [String]
    public var rows: [[String]]
    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }
}

/// Per-epoch lines of a `fit` call, plus the epoch count they describe.
public struct TrainingLog: Equatable, Sendable, Codable {
    public var lines: [String]
    public init(lines: [String]) { self.lines = lines }
}

/// Where and why a cell failed, with the annotated source the terminal and page show.
public struct CellError: Error, Equatable, Sendable, Codable {
    /// `compile`: found while compiling the cell (an unknown name, a type mismatch), so nothing
    /// in it ran; `crashed`: the cell took its process down (a trap or a signal); the runner says which.
    public enum Kind: String, Sendable, Codable { case syntax, unsupported, compile, runtime, limit, host, io, crashed }
    public var kind: Kind
    public var message: String
    public var path: String
    public var line: Int
    public var column: Int
    /// Compiler-style rendering: `path:line:col: error: message` plus the source line and a caret.
    public var rendered: String
    /// Innermost call first, e.g. `train(at: 12:5)`.
    public var trace: [String]
    public init(kind: Kind, message: String, path: String, line: Int, column: Int, rendered: String = "", trace: [String] = []) {
        self.kind = kind
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.rendered = rendered
        self.trace = trace
    }
}
