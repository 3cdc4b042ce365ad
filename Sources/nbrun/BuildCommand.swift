import ArgumentParser
import Runner

/// `nbrun build [notebooks/] --out site/`: the whole course site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the course site from a folder of notebooks.")

    @Argument(help: "Folder of notebooks.")
    var notebooks = "notebooks"

    @Option(name: .long, help: "Output folder for the site.")
    var out = "site"

    @Option(name: .long, help: "Notebooks run in parallel.")
    var jobs = 1

    @Option(name: .long, help: "Execution cache folder (default: .nbrun-cache/NAME beside the output folder NAME, never inside it).")
    var cacheDir: String?

    @Flag(name: .long, help: "Ignore the execution cache and run every notebook.")
    var noCache = false

    @Flag(name: .long, help: "Keep running a notebook's cells after one fails.")
    var keepGoing = false

    @Flag(name: .long, help: "Show each cell's wall-clock time on the pages (cached notebooks show the run that filled the cache).")
    var timings = false

    @Flag(name: .long, help: "Build the student site: every notebook as `nbrun assign` makes it (solutions replaced by the stub, hidden tests removed), run, rendered and published like that.")
    var student = false

    @Flag(name: .long, help: "Number the lines of every code cell (front matter: line-numbers: true).")
    var lineNumbers = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    @OptionGroup var isolationOption: IsolationOption

    func run() throws {
        var request = BuildRequest(notebooksDirectory: notebooks, outDirectory: out, jobs: jobs,
                                   useCache: !noCache, keepGoing: keepGoing, timings: timings)
        request.isolation = isolationOption.isolation
        request.cacheDirectory = cacheDir
        request.student = student
        request.lineNumbers = lineNumbers
        throw ExitCode(Runner.build(request))
    }
}
