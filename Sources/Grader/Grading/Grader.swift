import Dispatch
import Foundation
import Interpreter
import NotebookModel

/// Grades submissions against a key, each in its own sandboxed `Session`.
///
/// For one submission: every non-test cell of the submission runs in order (a failure is
/// recorded and the next cell still runs); then, exercise by exercise in key order, the key's
/// test cells (visible and hidden; the submission's own test cells are ignored) run in the same
/// session. An exercise scores points × passed tests / tests; 0 with a reason when its cell is
/// missing or failed. Student faults never throw and never stop grading.
public final class Grader: @unchecked Sendable {
    public let key: GradingKey
    /// Per-cell limits (each student cell and each test cell gets the full budget).
    public let limits: Limits
    /// Wall-clock budget for all of one submission's cells; cells after it is used up do not run.
    public let submissionSeconds: Double
    let makeSession: @Sendable () -> Session

    /// - Parameters:
    ///   - makeSession: a fresh session with the host names installed (the engine bindings);
    ///     called once per submission, possibly from several threads at once. Every name it
    ///     registers is protected from redeclaration in submissions, along with the standard
    ///     library and the grading builtins.
    public init(key: GradingKey, limits: Limits, submissionSeconds: Double? = nil,
                makeSession: @escaping @Sendable () -> Session) {
        self.key = key
        self.limits = limits
        self.submissionSeconds = submissionSeconds ?? max(60, limits.seconds * 10)
        self.makeSession = makeSession
    }

    /// Reads and grades one file; an unreadable file gives an `unreadable` report.
    public func grade(file path: String, observer: GradingObserver? = nil,
                      skips: GradingSkips = GradingSkips()) -> SubmissionReport {
        guard let data = FileManager.default.contents(atPath: path) else {
            return unreadable(path, "cannot read the file")
        }
        return grade(text: String(decoding: data, as: UTF8.self), path: path, observer: observer, skips: skips)
    }

    /// Grades files with up to `jobs` submissions at a time; reports in input order.
    public func gradeAll(files paths: [String], jobs: Int) -> [SubmissionReport] {
        ParallelMap.map(paths, jobs: jobs) { grade(file: $0) }
    }

    /// Grades one submission's text; `observer` sees each step start, `skips` names steps that
    /// took an earlier grading process down (recorded as failed, not run).
    public func grade(text: String, path: String, observer: GradingObserver? = nil,
                      skips: GradingSkips = GradingSkips()) -> SubmissionReport {
        let start = DispatchTime.now().uptimeNanoseconds
        let notebook: Notebook
        do {
            notebook = try NotebookParser.parse(text: text, path: path)
        } catch {
            return unreadable(path, "\(error)")
        }
        let recorder = CheckRecorder()
        let session = makeSession()
        session.limits = limits
        session.output = DiscardedOutput()
        GradingBuiltins.install(into: session)
        recorder.attach(to: session)
        defer { CheckRecorder.detach(from: session) }
        let testNames = session.protectedNames.union(ProtectedNames.forTests(hostNames: session.host.names.union(key.hostTypeNamesUsedByTests)))
        session.protectedNames = testNames.union(key.testHelperNames)

        let run = SubmissionRun(notebook: notebook, session: session, budget: submissionSeconds,
                                observer: observer, skips: skips)
        session.protectedNames = testNames
        var exercises: [ExerciseReport] = []
        let moved = Self.movedExercises(key: key, notebook: notebook)
        for exercise in key.exercises {
            exercises.append(grade(exercise, run: run, session: session, recorder: recorder, moved: moved.contains(exercise.id),
                                   observer: observer, skips: skips))
        }
        var notes = run.notes
        let known = Set(key.exercises.map(\.id))
        var unknown: [String] = []
        for cell in notebook.cells {
            if let id = cell.attributes.exercise, !known.contains(id), !unknown.contains(id) { unknown.append(id) }
        }
        if !unknown.isEmpty {
            notes.append("cells with exercise IDs the assignment does not have (not graded): \(unknown.joined(separator: ", "))")
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return SubmissionReport(submission: path, exercises: exercises, cellErrors: run.failures, notes: notes, seconds: seconds)
    }

    func grade(_ exercise: GradingKey.Exercise, run: SubmissionRun, session: Session, recorder: CheckRecorder,
               moved: Bool, observer: GradingObserver?, skips: GradingSkips) -> ExerciseReport {
        let copies = run.exerciseCells[exercise.id] ?? []
        var notes: [String] = []
        if copies.count > 1 {
            let lines = copies.map { String($0.cell.fenceLine) }.joined(separator: ", ")
            notes.append("\(copies.count) cells have exercise=\(exercise.id) (lines \(lines)); the last one counts")
        }
        if moved {
            notes.append("this exercise's cell is not where the assignment put it; it is graded by ID, so the score is unaffected")
        }
        let cellSeconds = copies.reduce(0) { $0 + $1.seconds }
        func notRun(_ status: ExerciseReport.Status, _ reason: String) -> ExerciseReport {
            let tests = exercise.tests.map { TestReport(id: $0.id, hidden: $0.hidden, outcome: .notRun) }
            return ExerciseReport(id: exercise.id, maxScore: exercise.points, status: status, reason: reason,
                                  notes: notes, seconds: cellSeconds, tests: tests)
        }
        guard let last = copies.last else {
            return notRun(.missing, "no cell has exercise=\(exercise.id); keep the exercise cells of the assignment (you may change their code)")
        }
        if let failure = last.failure {
            return notRun(.error, "the exercise cell failed: \(failure.message)")
        }
        if last.notRun {
            return notRun(.error, "the exercise cell did not run: the submission used up its time budget")
        }
        var tests: [TestReport] = []
        for test in exercise.tests {
            if let cause = skips.cause(test: test.id, exercise: exercise.id, line: test.firstLine) {
                tests.append(TestReport(id: test.id, hidden: test.hidden, outcome: .error, message: cause.message))
                continue
            }
            observer?.started(.test(exercise: exercise.id, id: test.id, line: test.firstLine))
            tests.append(runTest(test, session: session, recorder: recorder))
        }
        return ExerciseReport.scored(id: exercise.id, points: exercise.points, tests: tests, notes: notes,
                                     seconds: cellSeconds + tests.reduce(0) { $0 + $1.seconds })
    }

    func runTest(_ test: GradingKey.Test, session: Session, recorder: CheckRecorder) -> TestReport {
        recorder.begin(hidden: test.hidden)
        let start = DispatchTime.now().uptimeNanoseconds
        let result = session.run(CellSource(text: test.source, path: key.path, firstLine: test.firstLine))
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        if let failure = recorder.firstFailure {
            return TestReport(id: test.id, hidden: test.hidden, outcome: .failed, message: failure, seconds: seconds)
        }
        switch result {
        case .success:
            return TestReport(id: test.id, hidden: test.hidden, outcome: .passed, seconds: seconds)
        case .failure(let error):
            // The message only: `rendered` would quote the test's source line.
            let message = error.kind == .limit ? error.message : "\(error.kind.rawValue) error: \(error.message)"
            return TestReport(id: test.id, hidden: test.hidden, outcome: .error, message: message, seconds: seconds)
        }
    }

    /// Exercises whose position among the shared exercises differs between key and submission.
    static func movedExercises(key: GradingKey, notebook: Notebook) -> Set<String> {
        let keyOrder = key.exercises.map(\.id)
        var seen: Set<String> = []
        var submitted: [String] = []
        for cell in notebook.cells {
            if let id = cell.attributes.exercise, cell.attributes.test == nil, keyOrder.contains(id), seen.insert(id).inserted {
                submitted.append(id)
            }
        }
        let shared = keyOrder.filter { seen.contains($0) }
        return Set(zip(shared, submitted).filter { $0 != $1 }.flatMap { [$0, $1] })
    }

    func unreadable(_ path: String, _ why: String) -> SubmissionReport {
        ungraded(path, status: .unreadable, why)
    }

    /// A report for a submission that could not be graded at all: every exercise scores 0 with `why`.
    public func ungraded(_ path: String, status: SubmissionReport.Status, _ why: String) -> SubmissionReport {
        let exercises = key.exercises.map { exercise in
            ExerciseReport(id: exercise.id, maxScore: exercise.points, status: .error,
                           reason: "the notebook could not be graded: \(why)",
                           tests: exercise.tests.map { TestReport(id: $0.id, hidden: $0.hidden, outcome: .notRun) })
        }
        return SubmissionReport(submission: path, status: status, error: why, exercises: exercises)
    }
}

/// Printed text and displayed values of graded cells go nowhere: results never come from output.
final class DiscardedOutput: InterpreterOutput {
    func write(_ text: String) {}
    func display(_ value: Value) {}
}
