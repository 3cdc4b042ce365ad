/// What `nbrun serve` (or `nbrun NOTEBOOK.md --watch`) was asked to do.
public struct ServeRequest: Sendable {
    /// A folder of notebooks (the course) or one notebook file.
    public var target: String
    public var outDirectory: String
    public var port: UInt16
    /// Open the page in the default browser.
    public var open: Bool
    /// Number every cell's lines (`--line-numbers`), as `build --line-numbers` does.
    public var lineNumbers = false

    public init(target: String = "notebooks", outDirectory: String = "site", port: UInt16 = 8000, open: Bool = false) {
        self.target = target
        self.outDirectory = outDirectory
        self.port = port
        self.open = open
    }
}
