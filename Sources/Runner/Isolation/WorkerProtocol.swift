import Foundation
import Grader
import NotebookModel

/// What the parent asks a worker (`nbrun worker`, a child process) to do: sent as one JSON
/// document on the child's standard input.
struct WorkerRequest: Codable {
    enum Job: Codable {
        case run(RunJob)
        case grade(GradeJob)
    }

    var job: Job
    /// OS limits the worker applies to itself before it reads any notebook.
    var limits: ProcessLimits
    var workingDirectory: String
}

/// Run one notebook's cells (`nbrun NOTEBOOK.md`, `nbrun build`).
struct RunJob: Codable {
    var notebookPath: String
    /// The text the parent parsed (a student build's is the student version, not the file on
    /// disk); `nil`: the worker reads `notebookPath`.
    var notebookText: String? = nil
    var seed: UInt64?
    var keepGoing: Bool
    /// Draw cell progress and training bars on standard error (forwarded by the parent).
    var progress: Bool
    /// A fresh worker after a crash reruns cells whose progress was already shown: stay quiet
    /// until this many cells have finished.
    var quietCells = 0
    /// The parent's standard error is a terminal: draw bars that update in place.
    var progressIsTTY: Bool
    /// The interpreter's resident limit in the worker, when not the default.
    var residentBytes: Int?
    /// Cells that took an earlier worker down: recorded as failed with this error, not run again.
    var crashedCells: [String: CellError] = [:]
    /// The one folder the notebook's cells may write into (nil: they keep files in memory).
    var filesFolder: FilesFolder?
}

/// Grade one submission against a key (`nbrun grade`).
struct GradeJob: Codable {
    var keyPath: String
    var submissionPath: String
    var settings: GradingSettings
    /// Cells and tests that took an earlier worker down.
    var skips: GradingSkips
}

/// A result line the worker writes on descriptor 3, one JSON document per line.
enum WorkerEvent: Codable {
    /// A notebook cell started; `seconds` is its time limit (the parent's watchdog adds slack).
    case cellStarted(id: String, line: Int, seconds: Double)
    case cellFinished(CellRun)
    case notebookFinished(NotebookRun)
    /// A grading step (a submission cell or a key's test) started.
    case gradingStep(GradingStep, seconds: Double)
    case submissionGraded(SubmissionReport)
}

/// The JSON coders for cell results wherever they are sent or stored (worker messages, the
/// execution cache): cells' numbers may be NaN or infinite (a plot of a diverged loss), which
/// plain JSON cannot hold.
enum RunJSON {
    static let nonFinite = (positiveInfinity: "+Infinity", negativeInfinity: "-Infinity", nan: "NaN")

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: nonFinite.positiveInfinity, negativeInfinity: nonFinite.negativeInfinity, nan: nonFinite.nan)
        return encoder
    }

    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: nonFinite.positiveInfinity, negativeInfinity: nonFinite.negativeInfinity, nan: nonFinite.nan)
        return decoder
    }
}
