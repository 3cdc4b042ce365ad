import ArgumentParser
import Runner

/// `nbrun assign instructor.md --out student.md`: strip solutions and hidden tests.
struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "assign", abstract: "Make the student version of an instructor notebook.")

    @Argument(help: "The instructor's notebook, with solutions and hidden tests.")
    var instructor: String

    @Option(name: .long, help: "Where to write the student notebook.")
    var out: String

    func run() throws {
        throw ExitCode(Runner.assign(instructorPath: instructor, outPath: out))
    }
}
