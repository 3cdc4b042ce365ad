import ArgumentParser
import Runner

/// `nbrun check NOTEBOOK...`: report what would stop a cell before it runs, without running anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Report syntax errors and unsupported Swift in notebooks without running them.")

    @Argument(help: "Notebooks to check.")
    var notebooks: [String]

    func run() throws {
        throw ExitCode(Runner.check(notebooks))
    }
}
