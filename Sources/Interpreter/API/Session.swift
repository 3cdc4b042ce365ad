import Foundation
import SwiftDiagnostics
import SwiftOperators
import SwiftParser
import SwiftParserDiagnostics
import SwiftSyntax

/// One notebook's interpreter: cells run in order in one shared global scope, like a kernel.
///
/// ```swift
/// let session = Session(limits: Limits(seconds: 10), seed: 42)
/// session.output = myOutput            // receives print text and displayed values
/// switch session.run(CellSource(text: "let x = 1\nx + 1", path: "nb.md", firstLine: 12)) {
/// case .success(let shown): ...        // shown == .int(2)
/// case .failure(let error): print(error.rendered)
/// }
/// ```
public final class Session {
    let rt: Runtime
    var vars: [String: GlobalVar] = [:]
    var functions: [String: [Function]] = [:]
    var types: [String: UserType] = [:]
    /// Extensions of standard types and protocols; member lookup (see MemberLookup.swift).
    let registry = TypeRegistry()
    /// Global `typealias` declarations.
    var typeAliases: [String: TypeSpec] = [:]
    /// Operators and precedence groups known to the session: Swift's, then those the cells
    /// declared (`infix operator +++ : AdditionPrecedence`), used to fold later cells.
    var operators: OperatorTable = .standardOperators
    /// `@resultBuilder` types and the declarations that use them (CompileResultBuilders.swift).
    let resultBuilders = ResultBuilderRegistry()

    /// Names a cell may not redeclare; they always resolve to the host's definition (grading).
    public var protectedNames: Set<String> = []
    /// The functions, types and values the host registered.
    public let host = HostRegistry()

    /// Receives printed text and displayed values (held strongly). When nil, text goes to stdout.
    public var output: InterpreterOutput? {
        get { rt.output }
        set { rt.output = newValue }
    }

    public var limits: Limits {
        get { rt.limits }
        set { rt.limits = newValue }
    }

    /// The session's seeded generator (used by `random(in:)`, `shuffled()`); hosts may draw
    /// from it too so a notebook is reproducible end to end.
    public var random: SeededRandom {
        get { rt.random }
        set { rt.random = newValue }
    }

    /// Native stack size of the thread cells run on (deep recursion stays far from its end).
    public static let stackSize = 512 << 20

    public init(limits: Limits = Limits(), seed: UInt64 = 0) {
        rt = Runtime(limits: limits, seed: seed)
        rt.session = self
        FoundationFormatters.install(into: host)
        RegexHost.install(into: host)
        NSRegularExpressionHost.install(into: host)
    }

    /// When a cell does not compile, run its top-level statements before the failing one (as
    /// Jupyter runs a cell up to its error). Notebook runs set it; swiftc conformance keeps it off.
    public var runsStatementsBeforeCompileError = false

    // MARK: Running

    /// Parses, compiles and runs one cell. Never traps on bad input: every problem is a
    /// `.failure` and the session stays usable.
    public func run(_ source: CellSource) -> CellResult {
        onCellThread { self.runHere(source) }
    }

    /// Runs `body` on a thread with the cells' large native stack (deep recursion, deep parses).
    func onCellThread<T>(_ body: @escaping () -> T) -> T {
        let slot = ResultSlot<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            slot.result = body()
            done.signal()
        }
        thread.stackSize = Session.stackSize
        thread.start()
        done.wait()
        return slot.result!
    }

    func runHere(_ source: CellSource, runsPrefixOnCompileError: Bool = true) -> CellResult {
        let file = SourceFile(source)
        let tree: SourceFileSyntax, table: OperatorTable
        switch Session.parse(source, file, operators: operators) {
        case .failure(let failure): return .failure(failure.combined)
        case .success(let (t, o)): (tree, table) = (t, o)
        }
        let compiler = Compiler(session: self, file: file, tree: tree)
        let program: CompiledCell
        do {
            program = try compiler.compileCell(tree)
        } catch {
            var e = convert(error, file)
            e.stage = .compile
            if runsPrefixOnCompileError, runsStatementsBeforeCompileError, let line = (error as? RunError)?.loc.line,
               let prefix = Session.statements(of: source, before: line, in: tree) {
                // As in Jupyter, what comes before the failing statement still runs: its
                // declarations and output stay, and the cell still fails with this error.
                _ = runHere(prefix, runsPrefixOnCompileError: false)
            }
            return .failure(e)
        }
        operators = table
        rt.startCell()
        do {
            let shown = try program.run()
            if let shown { rt.display(shown) }
            return .success(displayed: shown)
        } catch {
            return .failure(convert(error, file))
        }
    }

    /// Parses and folds a cell with the operators known so far plus those it declares; returns
    /// the tree and the extended operator table.
    static func parse(_ source: CellSource, _ file: SourceFile,
                      operators: OperatorTable = .standardOperators) -> Result<(SourceFileSyntax, OperatorTable), SyntaxFailure> {
        if let (line, column) = ParseGuard.excessiveBracketRun(in: source.text) {
            let message = "more than \(ParseGuard.maxBracketRun) '[' in a row: nest fewer array literals or types here"
            return .failure(SyntaxFailure(makeError(.syntax, message, Loc(line: line, column: column, file: file), [], file)))
        }
        var tree = Parser.parse(source: source.text)
        let conv = SourceLocationConverter(fileName: source.path, tree: tree)
        if let token = ParseGuard.trappingEquals(in: tree) {
            let l = conv.location(for: token.positionAfterSkippingLeadingTrivia)
            return .failure(SyntaxFailure(makeError(.syntax, "'=' must have consistent whitespace on both sides",
                                                    Loc(line: l.line, column: l.column, file: file), [], file)))
        }
        if ParseDiagnosticsGenerator.diagnostics(for: tree).contains(where: { $0.diagMessage.severity == .error }) {
            return .failure(SyntaxDiagnostics.failure(in: source, file))
        }
        do {
            // Inactive `#if` clauses are blanked, so positions (and `conv`) stay the same.
            if let active = try ConditionalCompilation.activeSource(source.text, tree: tree) { tree = Parser.parse(source: active) }
        } catch {
            let l = conv.location(for: error.position)
            return .failure(SyntaxFailure(makeError(.syntax, error.message, Loc(line: l.line, column: l.column, file: file), [], file)))
        }
        var foldError: (String, AbsolutePosition)?
        let table = OperatorDeclarations.extend(operators, with: tree) { msg, pos in
            if foldError == nil { foldError = (msg, pos) }
        }
        let folded = table.foldAll(tree) { err in
            if foldError == nil { foldError = OperatorDeclarations.describe(err, in: tree) }
        }
        if let (msg, pos) = foldError {
            let l = conv.location(for: pos)
            return .failure(SyntaxFailure(makeError(.syntax, msg, Loc(line: l.line, column: l.column, file: file), [], file)))
        }
        guard let result = folded.as(SourceFileSyntax.self) else {
            return .failure(SyntaxFailure(makeError(.syntax, "could not fold operators", Loc(line: 1, column: 1, file: file), [], file)))
        }
        return .success((result, table))
    }

    // MARK: Cooperative limits for hosts

    /// Throws when the cell's wall-clock limit has passed; long host calls (training) call this
    /// periodically. The error is a `.limit` error at the calling line, which the cell cannot catch.
    public func checkLimits() throws {
        try rt.checkClock()
    }

    /// Throws (a `.limit` error) when an allocation of `bytes` would exceed the memory budget;
    /// hosts call this before large allocations.
    public func reserveMemory(_ bytes: Int) throws {
        if bytes < 0 || bytes > rt.limits.memoryBytes {
            throw RunError(.limit, "memory limit exceeded: \(bytes) bytes requested, \(rt.limits.memoryBytes) allowed")
        }
        try rt.noteBuilt(bytes)
    }

    /// The error a host throws when a cell exceeded a resource limit the host enforces itself
    /// (an engine's memory budget): reported as a `.limit` error at the calling line, and not
    /// catchable by the cell, like the interpreter's own limits.
    public func limitExceeded(_ message: String) -> Error {
        RunError(.limit, message)
    }

    // MARK: Describing values

    /// The text `print` shows for a value.
    public func describe(_ value: Value) -> String { (try? rt.describe(value)) ?? "?" }

    /// The display form (strings quoted, like a REPL).
    public func debugDescribe(_ value: Value) -> String { (try? rt.describe(value, debug: true)) ?? "?" }

    /// Calls a closure value from host code (callbacks such as custom metrics).
    public func call(_ function: Value, _ arguments: [Value]) throws -> Value {
        do {
            return try rt.call(function, arguments)
        } catch let e as RunError where e.kind == .limit {
            // A callback that runs out of time or memory stops the cell like any other limit,
            // not as an engine error the cell could mistake for its own.
            throw e
        } catch let e as RunError {
            throw HostError(e.message)
        }
    }

    // MARK: Globals

    func commitVar(_ name: String, _ g: GlobalVar) {
        vars[name] = g
        functions[name] = nil
        types[name] = nil
    }

    /// A global variable's current value (for hosts and tests).
    public func global(_ name: String) -> Value? { vars[name]?.box.value }

    // MARK: Errors

    func convert(_ error: Error, _ file: SourceFile) -> InterpreterError {
        switch error {
        case let e as RunError:
            return Session.makeError(e.kind, e.message, e.loc, e.trace, file)
        case let e as ThrownError:
            let text = (try? rt.describe(e.value, debug: true)) ?? "error"
            return Session.makeError(.runtime, "Fatal error: Error raised at top level: \(text)", e.loc, e.trace, file)
        case is NilChain:
            return Session.makeError(.runtime, "optional chain ended in nil", .unknown, [], file)
        default:
            return Session.makeError(.host, "\(error)", .unknown, [], file)
        }
    }

    static func makeError(_ kind: InterpreterError.Kind, _ message: String, _ loc: Loc, _ trace: [String], _ cell: SourceFile) -> InterpreterError {
        let file = loc.file ?? cell
        let line = loc.isKnown ? file.firstLine - 1 + loc.line : file.firstLine
        let column = loc.isKnown ? loc.column : 1
        var rendered = "\(file.path):\(line):\(column): error: \(message)"
        if loc.isKnown, loc.line - 1 < file.lines.count {
            let text = file.lines[loc.line - 1]
            rendered += "\n" + text + "\n"
            let prefix = text.utf8.prefix(max(0, column - 1))
            let pad = String(decoding: Array(prefix), as: UTF8.self).map { (c: Character) -> String in c == "\t" ? "\t" : " " }
            rendered += pad.joined() + "^"
        }
        // A short call trace: the innermost calls, then how many more.
        let shown = trace.count > 8 ? Array(trace.prefix(6)) + ["... \(trace.count - 7) more calls ...", trace[trace.count - 1]] : trace
        for t in shown { rendered += "\n  " + t }
        return InterpreterError(kind: kind, stage: kind == .syntax ? .parse : .run, message: message, path: file.path,
                                line: line, column: column, rendered: rendered, trace: shown)
    }
}

/// Carries a result from the cell thread to the waiting caller (the semaphore orders the accesses).
private final class ResultSlot<T>: @unchecked Sendable {
    var result: T?
}

/// A compiled cell, ready to run.
struct CompiledCell {
    let run: () throws -> Value?
    /// Makes the cell's declarations known to later cells without running it (`nbrun check`).
    let declare: () -> Void
}

extension Session {
    /// The cell's top-level statements that end before `line` (a cell line), as a cell of their
    /// own; nil when there are none.
    static func statements(of source: CellSource, before line: Int, in tree: SourceFileSyntax) -> CellSource? {
        let conv = SourceLocationConverter(fileName: source.path, tree: tree)
        var end: AbsolutePosition?
        for item in tree.statements {
            guard conv.location(for: item.endPositionBeforeTrailingTrivia).line < line else { break }
            end = item.endPositionBeforeTrailingTrivia
        }
        guard let end else { return nil }
        let bytes = Array(source.text.utf8.prefix(end.utf8Offset))
        return CellSource(text: String(decoding: bytes, as: UTF8.self), path: source.path, firstLine: source.firstLine)
    }
}
