import NotebookModel

/// What running one cell produced.
public struct CellRun: Codable, Equatable, Sendable {
    public enum Status: String, Codable, Sendable {
        case ok, failed, skipped
        /// Not run because an earlier cell failed.
        case notRun
    }
    public var id: String
    public var index: Int
    public var status: Status
    public var outputs: [CellOutput]
    public var error: CellError?
    /// Wall-clock seconds; shown in the terminal, kept out of pages unless asked for.
    public var seconds: Double
    /// The cell's `check`/`checkEqual` calls; `nil` when it made none.
    public var checks: CheckSummary?

    public init(id: String, index: Int, status: Status, outputs: [CellOutput] = [], error: CellError? = nil, seconds: Double = 0) {
        self.id = id
        self.index = index
        self.status = status
        self.outputs = outputs
        self.error = error
        self.seconds = seconds
    }
}

/// The results of running a notebook's cells.
public struct NotebookRun: Codable, Equatable, Sendable {
    public var cells: [CellRun]
    /// Paths of data files cells read (for the execution cache), sorted.
    public var filesRead: [String]

    public init(cells: [CellRun], filesRead: [String] = []) {
        self.cells = cells
        self.filesRead = filesRead
    }

    /// True when a cell failed that was not marked `expect-error`.
    public var failed: Bool { cells.contains { $0.status == .failed } }
}
