import Foundation

/// Where the grading builtins record results while a test cell runs. Results reach the report
/// only through here, never through printed text, so a student cannot print a fake "passed".
public final class CheckRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var _checks = 0
    private var _firstFailure: String?
    private var _hidden = false

    public init() {}

    /// Starts a test: forgets earlier results.
    func begin(hidden: Bool) {
        lock.lock()
        _checks = 0
        _firstFailure = nil
        _hidden = hidden
        lock.unlock()
    }

    func record(passed: Bool, message: @autoclosure () -> String) {
        lock.lock()
        defer { lock.unlock() }
        _checks += 1
        if !passed, _firstFailure == nil { _firstFailure = message() }
    }

    /// Number of checks the current test made.
    var checks: Int { lock.lock(); defer { lock.unlock() }; return _checks }
    /// The first failing check's message in the current test.
    var firstFailure: String? { lock.lock(); defer { lock.unlock() }; return _firstFailure }
    /// Whether the current test is hidden (default messages then do not reveal expected values).
    var hidden: Bool { lock.lock(); defer { lock.unlock() }; return _hidden }
}
