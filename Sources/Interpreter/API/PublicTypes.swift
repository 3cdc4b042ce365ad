import Foundation

/// The public value types of the interpreter's API: limits, cell sources, results and errors.

/// Per-cell resource limits. Exceeding one ends the cell with a `.limit` error; the session
/// stays usable.
public struct Limits: Sendable {
    /// Interpreter steps (loop iterations, calls and statements) one cell may take.
    public var steps: Int
    /// Wall-clock seconds one cell may run (host calls cooperate via `Session.checkLimits()`).
    public var seconds: Double
    /// Maximum depth of nested calls of notebook functions and closures.
    public var recursionDepth: Int
    /// Largest number of bytes a single collection or string may grow to, and the budget hosts
    /// check with `Session.reserveMemory(_:)`.
    public var memoryBytes: Int
    /// Half the machine's memory, at most 8 GiB: a student's cell stops long before the machine
    /// (a 7 GB CI runner, say) starts swapping or killing processes.
    public static let defaultResidentBytes = Int(min(UInt64(8) << 30, ProcessInfo.processInfo.physicalMemory / 2))

    /// Resident memory of the whole process that a cell may not push past: many collections that
    /// are each under `memoryBytes` (an array of arrays, say) are stopped here, before the machine
    /// runs out. Checked after every 64 MB of collections and strings built, so it costs nothing
    /// in ordinary code.
    public var residentBytes: Int

    public init(steps: Int = 200_000_000, seconds: Double = 60, recursionDepth: Int = 10_000,
                memoryBytes: Int = 2 << 30, residentBytes: Int = Limits.defaultResidentBytes) {
        self.steps = steps
        self.seconds = seconds
        self.recursionDepth = recursionDepth
        self.memoryBytes = memoryBytes
        self.residentBytes = residentBytes
    }
}

/// The text of one cell and where it sits in its notebook.
public struct CellSource: Sendable {
    public var text: String
    /// The notebook path shown in diagnostics.
    public var path: String
    /// The 1-based notebook line of the cell's first source line.
    public var firstLine: Int

    public init(text: String, path: String = "cell", firstLine: Int = 1) {
        self.text = text
        self.path = path
        self.firstLine = firstLine
    }
}

/// What running one cell produced.
public enum CellResult {
    /// The cell ran; `displayed` is its last expression's value when that is not Void (it was
    /// also sent to `InterpreterOutput.display`).
    case success(displayed: Value?)
    case failure(InterpreterError)
}

/// An error in a cell, located in the notebook (path, 1-based line, UTF-8 column).
public struct InterpreterError: Error, CustomStringConvertible {
    public enum Kind: String, Sendable { case syntax, unsupported, runtime, limit, host }
    /// When the error was found: parsing and compiling happen before anything runs, and are
    /// exactly what `nbrun check` reports.
    public enum Stage: String, Sendable { case parse, compile, run }
    public var kind: Kind
    public var stage: Stage = .run
    public var message: String
    public var path: String
    public var line: Int
    public var column: Int
    /// Compiler-style text: `path:line:col: error: message`, the source line and a caret, then
    /// the call trace.
    public var rendered: String
    /// Innermost call first: `"at f(_:) (path:12)"`.
    public var trace: [String]

    public var description: String { rendered }
}

/// Receives a session's printed text and displayed values.
public protocol InterpreterOutput: AnyObject {
    /// Text written by `print` (already including separators and terminators).
    func write(_ text: String)
    /// A value shown by `display(x)` or as a cell's last expression.
    func display(_ value: Value)
}

/// A source location inside one cell (1-based line, UTF-8 column).
struct Loc {
    var line: Int
    var column: Int
    var file: SourceFile?
    static let unknown = Loc(line: 0, column: 0, file: nil)
    var isKnown: Bool { line > 0 }
}

/// An error raised while compiling or running a cell (cell-relative location).
struct RunError: Error {
    var kind: InterpreterError.Kind
    var message: String
    var loc: Loc
    /// The calls it unwound through, innermost first. A class shared by the copies of the error
    /// as it is rethrown, so each frame's append is O(1): a copied array made a 10,000-deep
    /// runaway recursion quadratic (0.7 s of copying).
    let callTrace = CallTrace()
    var trace: [String] { callTrace.lines }
    /// Whether a `do/catch` may catch it (host errors from calls marked `try`).
    var catchable = false
    var hostError: Error?

    init(_ kind: InterpreterError.Kind, _ message: String, at loc: Loc = .unknown) {
        self.kind = kind
        self.message = message
        self.loc = loc
    }
}

/// The call lines of an unwinding `RunError`.
final class CallTrace {
    var lines: [String] = []
}

/// A Swift error thrown by notebook code with `throw` (catchable).
struct ThrownError: Error {
    var value: Value
    var loc: Loc
    var trace: [String] = []
}

/// Errors thrown from host functions use this to choose their message; any other Swift error
/// is shown with `String(describing:)`.
public struct HostError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
