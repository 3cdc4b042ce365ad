import Interpreter
import NotebookModel

/// Counts the `check`/`checkEqual` calls of each cell in a normal run (`nbrun run`/`build`), so a
/// page can say "✓ 3 checks passed" under a test cell, or which check failed.
///
/// It records through the same `CheckRecorder` the grader uses; a session has at most one
/// recorder attached, and grading sessions never get a tally.
public final class CheckTally: @unchecked Sendable {
    private let recorder = CheckRecorder()
    private let session: Session

    /// Starts counting the checks made in `session` (until `stop()`).
    public init(session: Session) {
        self.session = session
        recorder.attach(to: session)
    }

    /// Forgets the previous cell's checks.
    public func beginCell() { recorder.begin(hidden: false) }

    /// The checks the current cell made, and the first failing one's message.
    public var summary: CheckSummary {
        CheckSummary(made: recorder.checks, failure: recorder.firstFailure)
    }

    public func stop() { CheckRecorder.detach(from: session) }
}
