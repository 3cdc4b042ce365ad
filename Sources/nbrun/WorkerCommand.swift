import ArgumentParser
import Runner

/// `nbrun worker`: the child process nbrun runs each notebook and submission in (not for people).
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker", abstract: "Run one job for a parent nbrun process (internal).", shouldDisplay: false)

    func run() throws {
        throw ExitCode(Runner.worker())
    }
}

/// The flag every command that runs cells shares: where they run.
struct IsolationOption: ParsableArguments {
    @Flag(name: .long, help: "Run cells inside this process instead of a child process per notebook or submission (for debugging nbrun; a crashing cell then takes nbrun down).")
    var inProcess = false

    var isolation: Isolation { inProcess ? .inProcess : .childOfThisExecutable }
}
