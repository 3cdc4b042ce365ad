/// What `nbrun build` was asked to do.
public struct BuildRequest: Sendable {
    public var notebooksDirectory: String
    public var outDirectory: String
    public var jobs: Int
    public var useCache: Bool
    public var keepGoing: Bool
    /// Show each cell's wall-clock time on the pages (cached notebooks show the time of the run
    /// that filled the cache).
    public var timings: Bool
    /// Where cells run: `.inProcess` here, or each notebook/submission in its own child process.
    public var isolation: Isolation = .inProcess
    /// The execution and highlight cache; `nil`: `BuildRequest.defaultCacheDirectory(for:)`.
    public var cacheDirectory: String?
    /// The student site: every notebook as `nbrun assign` makes it (solutions replaced by the
    /// stub, hidden tests removed), run and published like that.
    public var student = false
    /// Number every cell's lines (`--line-numbers`), whatever the front matter says.
    public var lineNumbers = false

    /// Beside the site, never in it (the output folder is what gets published):
    /// `site` → `.nbrun-cache/site`, `out/course/site` → `out/course/.nbrun-cache/site`.
    public static func defaultCacheDirectory(for outDirectory: String) -> String {
        var path = outDirectory
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        let slash = path.lastIndex(of: "/")
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let parent = slash.map { String(path[...$0]) } ?? ""
        return parent + ".nbrun-cache/" + (name.isEmpty || name == "." || name == ".." ? "site" : name)
    }

    public init(notebooksDirectory: String = "notebooks", outDirectory: String = "site", jobs: Int = 1,
                useCache: Bool = true, keepGoing: Bool = false, timings: Bool = false) {
        self.notebooksDirectory = notebooksDirectory
        self.outDirectory = outDirectory
        self.jobs = jobs
        self.useCache = useCache
        self.keepGoing = keepGoing
        self.timings = timings
    }
}
