import Foundation
import ArgumentParser
import Runner

/// The `nbrun` command: runs course notebooks, builds the site, grades exercises.
@main
struct Nbrun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nbrun",
        abstract: "Run Markdown notebooks with Swift cells, render their pages, build and grade a course.",
        version: NbrunVersion.string,
        subcommands: [RunCommand.self, BuildCommand.self, ServeCommand.self, CheckCommand.self, AssignCommand.self, GradeCommand.self, WorkerCommand.self],
        defaultSubcommand: RunCommand.self
    )

    /// Exit codes: 0 success, 1 a cell (or grade threshold) failed, 2 usage or I/O errors.
    static func main() {
        // The worker is started by nbrun itself, once per notebook or submission: it skips the
        // argument parser, whose first use costs a conformance scan of the whole binary.
        if CommandLine.arguments.dropFirst().first == "worker", CommandLine.arguments.count == 2 {
            Foundation.exit(Runner.worker())
        }
        // `nbrun NOTEBOOK.md` (or `run`) will want a worker: start it while the arguments and the
        // notebook are parsed.
        let arguments = CommandLine.arguments.dropFirst()
        if let first = arguments.first, first.hasSuffix(".md") || first == "run", !arguments.contains("--in-process"), !arguments.contains("--watch"),
           !arguments.contains("--help"), !arguments.contains("-h") {
            Runner.prestartWorker()
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)
            }
            FileOutput.standardError(fullMessage(for: error))
            Foundation.exit(2)
        }
    }
}
