/// The grading result of one submission: what `--json` writes per submission.
public struct SubmissionReport: Codable, Equatable, Sendable {
    public enum Status: String, Codable, Sendable {
        /// The notebook was read and its cells run (individual cells may still have failed).
        case graded
        /// The file could not be read or parsed; every exercise scores 0.
        case unreadable
        /// A step of the submission took its grading process down (a trap, an abort, a signal);
        /// that step scored 0 and the rest was graded in a fresh process (`error` says which).
        case crashed
        /// A step exceeded a limit the grading process enforces from outside (memory, time,
        /// output size) and was stopped; graded like `crashed`.
        case limit
    }

    /// The submission's path as given on the command line.
    public var submission: String
    public var score: Double
    public var maxScore: Double
    public var status: Status
    /// Why the submission could not be graded (`unreadable`), or what took its grading process
    /// down (`crashed`, `limit`), else nil.
    public var error: String?
    /// One entry per exercise of the key, in key order.
    public var exercises: [ExerciseReport]
    /// Cells of the submission that failed, exercise cells included, in notebook order.
    public var cellErrors: [CellFailure]
    /// Submission-wide remarks (cells with exercise IDs the key does not know, time budget used up).
    public var notes: [String]
    /// Wall-clock seconds spent grading this submission.
    public var seconds: Double

    public init(submission: String, status: Status = .graded, error: String? = nil, exercises: [ExerciseReport],
                cellErrors: [CellFailure] = [], notes: [String] = [], seconds: Double = 0) {
        self.submission = submission
        self.status = status
        self.error = error
        self.exercises = exercises
        self.cellErrors = cellErrors
        self.notes = notes
        self.seconds = seconds
        score = exercises.reduce(0) { $0 + $1.score }
        maxScore = exercises.reduce(0) { $0 + $1.maxScore }
    }

    /// Score as a fraction of the maximum (1 when there is nothing to score).
    public var fraction: Double { maxScore > 0 ? score / maxScore : 1 }
}

/// One exercise's result.
public struct ExerciseReport: Codable, Equatable, Sendable {
    public enum Status: String, Codable, Sendable {
        /// Every test passed.
        case passed
        /// Some tests passed (partial credit).
        case partial
        /// The exercise's cells ran but no test passed.
        case failed
        /// An exercise cell failed (error, time/step/memory limit): 0 points, tests not run.
        case error
        /// No cell in the submission has this exercise's ID: 0 points, tests not run.
        case missing
    }

    public var id: String
    public var score: Double
    public var maxScore: Double
    public var status: Status
    /// Why the exercise scored 0 without running its tests (`error`, `missing`), else nil.
    public var reason: String?
    /// Remarks that do not change the score: duplicated or reordered exercise cells.
    public var notes: [String]
    /// Seconds running the exercise's cells and tests.
    public var seconds: Double
    public var tests: [TestReport]

    public init(id: String, maxScore: Double, status: Status, reason: String? = nil, notes: [String] = [],
                seconds: Double = 0, tests: [TestReport]) {
        self.id = id
        self.maxScore = maxScore
        self.reason = reason
        self.notes = notes
        self.seconds = seconds
        self.tests = tests
        self.status = status
        score = 0
    }

    /// An exercise whose tests ran: points × passed / tests, status from the counts.
    public static func scored(id: String, points: Double, tests: [TestReport], notes: [String] = [],
                              seconds: Double = 0) -> ExerciseReport {
        let passed = tests.filter { $0.outcome == .passed }.count
        let status: Status = tests.isEmpty || passed == tests.count ? .passed : passed == 0 ? .failed : .partial
        var report = ExerciseReport(id: id, maxScore: points, status: status, notes: notes, seconds: seconds, tests: tests)
        report.score = tests.isEmpty ? points : points * Double(passed) / Double(tests.count)
        return report
    }
}

/// One test cell's outcome.
public struct TestReport: Codable, Equatable, Sendable {
    public enum Outcome: String, Codable, Sendable {
        /// Ran without error and every check passed.
        case passed
        /// A check failed.
        case failed
        /// The test raised an error or hit a limit before any check failed.
        case error
        /// Not run because the exercise's cell failed or is missing.
        case notRun
    }

    public var id: String
    public var hidden: Bool
    public var outcome: Outcome
    /// The first failing check's message, or the error; empty when passed. Never the test's source.
    public var message: String
    public var seconds: Double

    public init(id: String, hidden: Bool, outcome: Outcome, message: String = "", seconds: Double = 0) {
        self.id = id
        self.hidden = hidden
        self.outcome = outcome
        self.message = message
        self.seconds = seconds
    }
}

/// A submission cell that failed.
public struct CellFailure: Codable, Equatable, Sendable {
    /// The cell's id (`cell-N` unless it has `id=`).
    public var cell: String
    /// The exercise ID when it is an exercise cell.
    public var exercise: String?
    /// `syntax`, `unsupported`, `runtime`, `limit` or `host`.
    public var kind: String
    /// `path:line:column: message` (the student's own code, so the location is useful to them).
    public var message: String

    public init(cell: String, exercise: String? = nil, kind: String, message: String) {
        self.cell = cell
        self.exercise = exercise
        self.kind = kind
        self.message = message
    }
}
