#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import NotebookModel

/// Where a notebook's or a submission's cells run.
public enum Isolation: Sendable, Equatable {
    /// In this process: for the runner's own tests and for debugging nbrun.
    case inProcess
    /// Each notebook or submission in its own child process of this executable (`nbrun worker`).
    case childProcess(executable: String)

    /// Child processes of the running nbrun binary.
    public static var childOfThisExecutable: Isolation {
        .childProcess(executable: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0])
    }
}

/// One worker child from spawn to exit: sends the request, follows its events with a watchdog,
/// keeps the tail of what it printed, and says how it ended.
struct WorkerLaunch {
    /// How a worker ended, and what it printed last (for the crash's message).
    struct Outcome {
        var exit: ChildProcess.Exit
        var killedByWatchdog: Bool
        var outputTail: String
    }

    var executable: String
    var request: WorkerRequest
    /// Forward the child's standard error to ours as it arrives (progress, warnings).
    var forwardOutput: Bool
    /// Seconds the child may take between events when no cell is running (start-up, parsing).
    var idleSeconds: Double = 120
    /// Wall-clock seconds for the whole child, whatever it is doing.
    var totalSeconds: Double = .infinity

    /// Runs the child to its end; `onEvent` sees every event in order.
    func run(onEvent: (WorkerEvent) -> Void) throws -> Outcome {
        let input = try RunJSON.encoder().encode(request)
        let child = try WorkerLaunch.prestarted(executable: executable)
            ?? ChildProcess(executable: executable, arguments: ["worker"], environment: Self.environment())
        child.send(input)
        let start = DispatchTime.now().uptimeNanoseconds
        let total = Self.nanoseconds(totalSeconds)
        var stepDeadline = start &+ Self.nanoseconds(idleSeconds)
        var tail = Data()
        var dying = false
        let decoder = RunJSON.decoder()
        let exit = child.communicate(
            deadline: { min(stepDeadline, start &+ total) },
            onLine: { line in
                guard let event = try? decoder.decode(WorkerEvent.self, from: line) else { return }
                let now = DispatchTime.now().uptimeNanoseconds
                switch event {
                case .cellStarted(_, _, let seconds), .gradingStep(_, let seconds):
                    stepDeadline = now &+ Self.nanoseconds(Self.watchdogSeconds(forCellLimit: seconds))
                default:
                    stepDeadline = now &+ Self.nanoseconds(idleSeconds)
                }
                onEvent(event)
            },
            onOutput: { chunk in
                // The runtime's crash report (message and stack) is for the diagnosis, not the
                // terminal: the parent prints the cell's error itself. Cells' own errors, which
                // may quote "Fatal error: …" after their location, are forwarded.
                if !dying, let text = String(data: chunk, encoding: .utf8), Self.isRuntimeCrashReport(text) { dying = true }
                if forwardOutput, !dying { FileHandle.standardError.write(chunk) }
                tail.append(chunk)
                if tail.count > 16_384 { tail = Data(tail.suffix(8_192)) }
            })
        return Outcome(exit: exit, killedByWatchdog: child.killedByWatchdog, outputTail: String(decoding: tail, as: UTF8.self))
    }

    /// A worker started before it is needed (while the parent still parses its arguments and the
    /// notebook): its start-up, most of a trivial notebook's cost, overlaps the parent's.
    nonisolated(unsafe) private static var spare: ChildProcess?
    private static let spareLock = NSLock()

    /// Starts one spare worker of this executable; the next launch takes it.
    static func prestart() {
        guard case .childProcess(let executable) = Isolation.childOfThisExecutable else { return }
        let child = try? ChildProcess(executable: executable, arguments: ["worker"], environment: environment())
        spareLock.lock()
        spare = child
        spareLock.unlock()
    }

    /// The spare worker when it matches the launch, else nil (a mismatched one is discarded).
    static func prestarted(executable: String) -> ChildProcess? {
        spareLock.lock()
        defer { spareLock.unlock() }
        guard let child = spare else { return nil }
        spare = nil
        return child.executable == executable && child.environment == environment() ? child : nil
    }

    /// A line that starts the Swift runtime's report of a trap: `Fatal error: …` or
    /// `File.swift:12: Fatal error: …` at the start of a line, or its stack trace.
    static func isRuntimeCrashReport(_ text: String) -> Bool {
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("Current stack trace:") || line.hasPrefix("Fatal error: ") { return true }
            if let range = line.range(of: ": Fatal error: "), line[..<range.lowerBound].range(of: #"\.swift:\d+$"#, options: .regularExpression) != nil {
                return true
            }
        }
        return false
    }

    /// The interpreter and engine stop a cell at its limit themselves; the watchdog is for a cell
    /// that cannot be stopped from inside (a long C call), so it waits a little longer.
    static func watchdogSeconds(forCellLimit seconds: Double) -> Double {
        seconds + max(2, seconds * 0.25)
    }

    static func nanoseconds(_ seconds: Double) -> UInt64 {
        seconds >= 1e9 || !seconds.isFinite ? UInt64.max / 4 : UInt64(max(0, seconds) * 1e9)
    }

    /// The child's environment: only what the runtime, OpenBLAS and nbrun read, never the
    /// parent's secrets (CI tokens and the like).
    static func environment() -> [String: String] {
        let parent = ProcessInfo.processInfo.environment
        var kept = parent.filter { key, _ in
            ["PATH", "HOME", "LANG", "LC_ALL", "LC_CTYPE", "TMPDIR", "TERM", "COLUMNS"].contains(key)
                || key.hasPrefix("OPENBLAS_") || key.hasPrefix("NBRUN_")
        }
        // A crash should end the child at once, not run the runtime's interactive backtracer.
        kept["SWIFT_BACKTRACE"] = "enable=no"
        return kept
    }
}
