/// What `nbrun run` was asked to do.
public struct RunRequest: Sendable {
    public var notebookPath: String
    public var outDirectory: String
    public var jsonPath: String?
    public var keepGoing: Bool
    public var seed: UInt64?
    /// Show each cell's wall-clock time on the page.
    public var timings: Bool
    /// Where cells run: `.inProcess` here, or each notebook/submission in its own child process.
    public var isolation: Isolation = .inProcess
    /// Number every cell's lines (`--line-numbers`), whatever the front matter says.
    public var lineNumbers = false

    public init(notebookPath: String, outDirectory: String = "site", jsonPath: String? = nil,
                keepGoing: Bool = false, seed: UInt64? = nil, timings: Bool = false) {
        self.notebookPath = notebookPath
        self.outDirectory = outDirectory
        self.jsonPath = jsonPath
        self.keepGoing = keepGoing
        self.seed = seed
        self.timings = timings
    }
}
