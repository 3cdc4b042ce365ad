import ArgumentParser
import Runner

/// `nbrun check NOTEBOOK...`: parse and report syntax errors without running anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Report syntax errors in notebooks without running them.")

    @Argument(help: "Notebooks to check.")
    var notebooks: [String]

    func run() throws {
        throw ExitCode(Runner.check(notebooks))
    }
}
