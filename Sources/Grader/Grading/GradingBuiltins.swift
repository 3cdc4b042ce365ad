import Interpreter

/// `check` and `checkEqual`, the functions test cells use.
///
/// - `check(condition)`, `check(condition, "message")`
/// - `checkEqual(actual, expected)`, `checkEqual(actual, expected, "message")`,
///   `checkEqual(actual, expected, tolerance: 1e-6)` and with a message after the tolerance.
///
/// A failing check stops its cell with a runtime error carrying the message (so a student running
/// the visible tests sees it at the line), and, while grading, is recorded in the `CheckRecorder`
/// the grader attached to the session. Installing twice (the runner's session factory and the
/// grader) is harmless: every copy finds the recorder through the calling session.
public enum GradingBuiltins {
    public static let names: Set<String> = ["check", "checkEqual"]

    /// Relative tolerance of `checkEqual` on numbers when no `tolerance:` is given (absorbs
    /// rounding, as in `0.1 + 0.2 == 0.3`).
    public static let defaultRelativeTolerance = 1e-9

    /// Registers the builtins in a session (normal runs and grading alike).
    public static func install(into session: Session) {
        session.host.function("check", [HostParam(), HostParam(default: .string(""))]) { call in
            let recorder = CheckRecorder.attached(to: call.session)
            guard case .bool(let passed) = call[0] else {
                throw HostError("check needs a Bool condition, such as check(x > 0, \"x is positive\")")
            }
            let given = try call.string(1)
            let message = given.isEmpty ? "a check failed" : given
            recorder?.record(passed: passed, message: message)
            if !passed { throw HostError(message) }
            return .void
        }
        session.host.function("checkEqual", [HostParam(), HostParam(), HostParam("tolerance", default: Value.none),
                                             HostParam(default: .string(""))]) { call in
            let recorder = CheckRecorder.attached(to: call.session)
            let tolerance = try call.optional(2).map { try $0.toDouble() }
            if let tolerance, !(tolerance >= 0) { throw HostError("checkEqual's tolerance must be a number ≥ 0") }
            let passed = ValueMatch.equal(call[0], call[1], tolerance: tolerance)
            let given = try call.string(3)
            let message: String
            if !given.isEmpty {
                message = given
            } else if recorder?.hidden == true {
                message = "a hidden check found a value different from the expected one"
            } else {
                message = "expected \(shortly(call.session.debugDescribe(call[1]))), got \(shortly(call.session.debugDescribe(call[0])))"
                    + (tolerance.map { " (tolerance \($0))" } ?? "")
            }
            recorder?.record(passed: passed, message: message)
            if !passed { throw HostError(message) }
            return .void
        }
    }

    /// At most 200 characters of a described value.
    static func shortly(_ text: String) -> String {
        text.count <= 200 ? text : String(text.prefix(200)) + "…"
    }
}
