import ArgumentParser
import Runner

/// `nbrun [run] NOTEBOOK`: execute one notebook and write its page.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run a notebook and write its HTML page.")

    @Argument(help: "The Markdown notebook to run.")
    var notebook: String

    @Option(name: .long, help: "Folder that receives <notebook name>.html.")
    var out = "site"

    @Option(name: .long, help: "Also write every cell's results as JSON to this file.")
    var json: String?

    @Flag(name: .long, help: "Keep running the cells after one fails.")
    var keepGoing = false

    @Option(name: .long, help: "Seed for weights, shuffles and random numbers (overrides the front matter).")
    var seed: UInt64?

    @Flag(name: .long, help: "Show each cell's wall-clock time on the page (the page is then no longer byte-identical between runs).")
    var timings = false

    @Flag(name: .long, help: "Keep running: re-run the cells an edit touches on every save of the notebook or its data files.")
    var watch = false

    @Flag(name: .long, help: "Number the lines of every code cell (front matter: line-numbers: true).")
    var lineNumbers = false

    @OptionGroup var isolationOption: IsolationOption

    func run() throws {
        if watch {
            var request = RunRequest(notebookPath: notebook, outDirectory: out, keepGoing: keepGoing, seed: seed)
            request.lineNumbers = lineNumbers
            throw ExitCode(Runner.watch(request))
        }
        var request = RunRequest(notebookPath: notebook, outDirectory: out, jsonPath: json,
                                 keepGoing: keepGoing, seed: seed, timings: timings)
        request.isolation = isolationOption.isolation
        request.lineNumbers = lineNumbers
        throw ExitCode(Runner.run(request))
    }
}
