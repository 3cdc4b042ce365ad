import ArgumentParser
import Runner

/// `nbrun grade submission.md... --key instructor.md`: grade submissions in the sandbox.
struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade student submissions against the instructor's tests.",
        subcommands: [GradeMergeCommand.self]
    )

    @Argument(help: "Submitted notebooks.")
    var submissions: [String] = []

    @Option(name: .long, help: "The instructor's notebook (solutions and hidden tests).")
    var key: String?

    @Option(name: .long, help: "Write the per-submission JSON reports to this file (one JSON document).")
    var json: String?

    @Option(name: .long, help: "Write a JUnit XML report to this file.")
    var junit: String?

    @Option(name: .long, help: "Write the class gradebook CSV to this file.")
    var csv: String?

    @Option(name: .long, help: "Folder for the student-facing HTML feedback pages.")
    var feedback: String?

    @Option(name: .long, help: "Grade submissions in parallel.")
    var jobs = 1

    @Option(name: .long, help: "Grade only shard i of n (e.g. 2/4), for CI matrices; merge with `nbrun grade merge`.")
    var shard: String?

    @Option(name: .long, help: "Exit 1 when any submission scores below this fraction of its points (0–1) or points.")
    var failUnder: Double?

    @Option(name: .long, help: "Seconds each student cell and each test cell may run.")
    var timeout: Double = 30

    @OptionGroup var isolationOption: IsolationOption

    func run() throws {
        guard let key else { throw ValidationError("Missing --key: the instructor's notebook") }
        guard !submissions.isEmpty else { throw ValidationError("Give at least one submission to grade") }
        var request = GradeRequest(submissions: submissions, keyPath: key, jsonPath: json, junitPath: junit,
                                   csvPath: csv, feedbackDirectory: feedback, jobs: max(1, jobs),
                                   shard: shard, failUnder: failUnder)
        request.isolation = isolationOption.isolation
        request.cellSeconds = timeout
        throw ExitCode(Runner.grade(request))
    }
}

/// `nbrun grade merge a.json b.json --json all.json`: combine sharded reports.
struct GradeMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "merge", abstract: "Merge sharded grading reports.")

    @Argument(help: "JSON reports written by sharded `nbrun grade` runs.")
    var reports: [String]

    @Option(name: .long, help: "The merged JSON report.")
    var json: String

    @Option(name: .long, help: "Also write a merged JUnit XML report.")
    var junit: String?

    @Option(name: .long, help: "Also write the merged gradebook CSV.")
    var csv: String?

    func run() throws {
        throw ExitCode(Runner.mergeGrades(reports: reports, jsonPath: json, junitPath: junit, csvPath: csv))
    }
}
