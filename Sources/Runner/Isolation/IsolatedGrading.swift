import Foundation
import Grader
import NotebookModel

/// Grades each submission in its own worker process. A step that takes its worker down (trap,
/// abort, signal, a limit enforced from outside) scores 0 as that step's failure, and the
/// submission is graded again in a fresh worker without it, so every other exercise keeps the
/// score it earns. Whatever happens, the submission gets a report.
struct IsolatedGrading: Sendable {
    var executable: String
    var keyPath: String
    /// The parent's own grader: the key's shape for a submission no worker could grade.
    var grader: Grader
    var settings: GradingSettings
    /// Fresh workers after the first; a submission that crashes more often than this stops there.
    static let maxCrashes = 3

    func grade(_ path: String) -> SubmissionReport {
        var skips = GradingSkips()
        var first: (step: GradingStep?, diagnosis: CrashDiagnosis)?
        let limits = ProcessLimits.forWorker(settings.limits, wallSeconds: totalSeconds)
        for attempt in 0...Self.maxCrashes {
            var step: GradingStep?
            var graded: SubmissionReport?
            let job = GradeJob(keyPath: keyPath, submissionPath: path, settings: settings, skips: skips)
            let launch = WorkerLaunch(executable: executable,
                                      request: WorkerRequest(job: .grade(job), limits: limits,
                                                             workingDirectory: FileManager.default.currentDirectoryPath),
                                      forwardOutput: false, totalSeconds: totalSeconds)
            let outcome: WorkerLaunch.Outcome
            do {
                outcome = try launch.run { event in
                    switch event {
                    case .gradingStep(let started, _): step = started
                    case .submissionGraded(let report): graded = report
                    default: break
                    }
                }
            } catch {
                return grader.ungraded(path, status: .crashed, "the grading process could not start: \(error)")
            }
            if var report = graded {
                if let first {
                    report.status = first.diagnosis.isLimit ? .limit : .crashed
                    report.error = Self.describe(first.step) + first.diagnosis.message
                }
                return report
            }
            let diagnosis = CrashDiagnosis(outcome, cellSeconds: step == nil ? nil : settings.cellSeconds, limits: limits)
            if first == nil { first = (step, diagnosis) }
            guard let step, attempt < Self.maxCrashes, skips.steps[step] == nil else {
                let status: SubmissionReport.Status = diagnosis.isLimit ? .limit : .crashed
                let crashes = attempt + 1
                return grader.ungraded(path, status: status, Self.describe(step) + diagnosis.message
                                       + (crashes > 1 ? " (the process went down \(crashes) times; grading stopped there)" : ""))
            }
            skips.steps[step] = GradingSkips.Cause(kind: diagnosis.isLimit ? "limit" : "crashed", message: diagnosis.message)
        }
        return grader.ungraded(path, status: .crashed, "the grading process went down too often")
    }

    /// The whole worker's wall clock: the student cells' budget, every test at its limit, start-up.
    var totalSeconds: Double {
        let tests = grader.key.exercises.reduce(0) { $0 + $1.tests.count }
        return grader.submissionSeconds + Double(tests) * settings.cellSeconds + 60
    }

    static func describe(_ step: GradingStep?) -> String {
        switch step {
        case .cell(_, let line)?: return "the cell at line \(line): "
        case .test(let exercise, let id, _)?: return "test \(id) of exercise \(exercise): "
        case nil: return ""
        }
    }
}
