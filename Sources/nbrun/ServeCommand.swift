import ArgumentParser
import Runner

/// `nbrun serve [notebooks|NOTEBOOK.md]`: live preview that re-runs only what an edit touches.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Serve the course (or one notebook) on 127.0.0.1 and update open pages on every save.")

    @Argument(help: "Folder of notebooks, or one notebook.")
    var target = "notebooks"

    @Option(name: .long, help: "Port on 127.0.0.1.")
    var port: UInt16 = 8000

    @Option(name: .long, help: "Folder the site is written to (as by build).")
    var out = "site"

    @Flag(name: .long, help: "Open the page in the default browser.")
    var open = false

    @Flag(name: .long, help: "Number the lines of every code cell (front matter: line-numbers: true).")
    var lineNumbers = false

    func run() throws {
        var request = ServeRequest(target: target, outDirectory: out, port: port, open: open)
        request.lineNumbers = lineNumbers
        throw ExitCode(Runner.serve(request))
    }
}
