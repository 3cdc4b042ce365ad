import Foundation
import Interpreter

/// Where the grading builtins record results while a test cell runs. Results reach the report
/// only through here, never through printed text, so a student cannot print a fake "passed".
final class CheckRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var _checks = 0
    private var _firstFailure: String?
    private var _hidden = false

    init() {}

    // The grading builtins find the recorder through the calling session, so whichever copy of
    // them a session has registered, results land here.
    private static let registryLock = NSLock()
    nonisolated(unsafe) private static var registry: [ObjectIdentifier: CheckRecorder] = [:]

    /// Results of checks run in `session` go to this recorder until `detach(from:)`.
    func attach(to session: Session) {
        Self.registryLock.lock()
        Self.registry[ObjectIdentifier(session)] = self
        Self.registryLock.unlock()
    }

    static func detach(from session: Session) {
        registryLock.lock()
        registry[ObjectIdentifier(session)] = nil
        registryLock.unlock()
    }

    static func attached(to session: Session) -> CheckRecorder? {
        registryLock.lock()
        defer { registryLock.unlock() }
        return registry[ObjectIdentifier(session)]
    }

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
