/// How a cell's `check`/`checkEqual` calls went in a normal run: a failing check stops its cell,
/// so at most one failed (the last one made).
public struct CheckSummary: Equatable, Sendable, Codable {
    /// Checks the cell made, the failing one included.
    public var made: Int
    /// The failing check's message, when one failed.
    public var failure: String?

    public init(made: Int, failure: String? = nil) {
        self.made = made
        self.failure = failure
    }

    /// Checks that passed.
    public var passed: Int { failure == nil ? made : max(0, made - 1) }
}
