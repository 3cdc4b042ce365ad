/// One piece of grading work that runs a student's code: a submission cell or a key's test.
/// Isolated grading reports each step before it starts, so a step that takes its process down
/// is known by name.
public enum GradingStep: Codable, Equatable, Hashable, Sendable {
    case cell(id: String, line: Int)
    case test(exercise: String, id: String, line: Int)
}

/// Sees each grading step start (isolated grading streams them to the parent process).
public protocol GradingObserver: AnyObject {
    func started(_ step: GradingStep)
}

/// Steps not to run again because they took an earlier grading process down: each is recorded
/// as failed with its cause, and grading goes on with the rest.
public struct GradingSkips: Codable, Equatable, Sendable {
    /// Why a step could not complete, as reports show it.
    public struct Cause: Codable, Equatable, Sendable {
        /// `crashed` or `limit`.
        public var kind: String
        public var message: String
        public init(kind: String, message: String) {
            self.kind = kind
            self.message = message
        }
    }

    public var steps: [GradingStep: Cause]

    public init(steps: [GradingStep: Cause] = [:]) { self.steps = steps }

    func cause(cell id: String, line: Int) -> Cause? { steps[.cell(id: id, line: line)] }
    func cause(test id: String, exercise: String, line: Int) -> Cause? { steps[.test(exercise: exercise, id: id, line: line)] }
}
