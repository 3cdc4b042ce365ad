#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import EngineBindings
import Foundation
import Grader
import NotebookModel

/// `nbrun worker`: the child side of process isolation. It reads one `WorkerRequest` from
/// standard input, walls itself in (`WorkerSandbox`), does the job and streams `WorkerEvent`s on
/// descriptor 3. Whatever happens to it afterwards, the parent already has every event written.
extension Runner {
    /// Starts a spare worker for the run about to be parsed (see `WorkerLaunch.prestart`).
    public static func prestartWorker() { WorkerLaunch.prestart() }

    public static func worker() -> Int32 {
        let input = FileHandle.standardInput.readDataToEndOfFile()
        // A spare worker whose parent never needed it: nothing to do.
        if input.isEmpty { return 0 }
        let request: WorkerRequest
        do {
            request = try RunJSON.decoder().decode(WorkerRequest.self, from: input)
        } catch {
            FileOutput.standardError("error: nbrun worker is started by nbrun itself (bad request: \(error))")
            return 2
        }
        WorkerSandbox.enter(request)
        let channel = ResultChannel(fd: 3)
        switch request.job {
        case .run(let job): runNotebook(job, channel: channel)
        case .grade(let job): gradeSubmission(job, channel: channel)
        }
        return 0
    }

    private static func runNotebook(_ job: RunJob, channel: ResultChannel) {
        let notebook: Notebook
        do {
            notebook = try NotebookParser.parse(text: try job.notebookText ?? FileOutput.read(job.notebookPath), path: job.notebookPath)
        } catch {
            // The parent parsed the same file a moment ago; it reports a vanished file itself.
            FileOutput.standardError(describe(error))
            return
        }
        let name = FilePath.stem(of: job.notebookPath)
        let progress: ProgressReporter = job.progress
            ? QuietStart(TerminalProgress(notebookName: name, isTTY: job.progressIsTTY), quietCells: job.quietCells)
            : SilentProgress()
        var options = executionOptions(notebook, seed: job.seed, keepGoing: job.keepGoing, progress: progress)
        if let resident = job.residentBytes { options.limits.residentBytes = resident }
        options.crashedCells = job.crashedCells
        options.filesFolder = job.filesFolder
        options.cellStarted = { cell, seconds in channel.send(.cellStarted(id: cell.id, line: cell.fenceLine, seconds: seconds)) }
        options.cellFinished = { channel.send(.cellFinished($0)) }
        channel.send(.notebookFinished(NotebookExecutor(options: options).execute(notebook)))
    }

    private static func gradeSubmission(_ job: GradeJob, channel: ResultChannel) {
        do {
            let grader = try makeGrader(keyPath: job.keyPath, settings: job.settings)
            let observer = StepChannel(channel: channel, seconds: job.settings.cellSeconds)
            let report = grader.grade(file: job.submissionPath, observer: observer, skips: job.skips)
            channel.send(.submissionGraded(report))
        } catch {
            FileOutput.standardError(describe(error))
        }
    }
}

/// Progress that stays silent for the first `quietCells` cells (already shown by an earlier worker).
private final class QuietStart: ProgressReporter, @unchecked Sendable {
    let inner: ProgressReporter
    var remaining: Int
    init(_ inner: ProgressReporter, quietCells: Int) {
        self.inner = inner
        remaining = quietCells
    }
    func cellStarted(_ cell: Cell, of count: Int) { if remaining <= 0 { inner.cellStarted(cell, of: count) } }
    func cellFinished(_ cell: Cell, of count: Int, run: CellRun) {
        if remaining <= 0 { inner.cellFinished(cell, of: count, run: run) } else { remaining -= 1 }
    }
    func training(_ event: TrainingEvent) { if remaining <= 0 { inner.training(event) } }
}

/// Streams grading steps to the parent.
private final class StepChannel: GradingObserver {
    let channel: ResultChannel
    let seconds: Double
    init(channel: ResultChannel, seconds: Double) {
        self.channel = channel
        self.seconds = seconds
    }
    func started(_ step: GradingStep) { channel.send(.gradingStep(step, seconds: seconds)) }
}

/// The worker's end of the result pipe: one JSON document per line, written whole.
final class ResultChannel: @unchecked Sendable {
    private let fd: Int32
    private let lock = NSLock()
    private let encoder = RunJSON.encoder()

    init(fd: Int32) { self.fd = fd }

    func send(_ event: WorkerEvent) {
        guard var data = try? encoder.encode(event) else { return }
        data.append(0x0A)
        lock.lock()
        defer { lock.unlock() }
        // The parent is gone when its end fails: nobody is waiting for the rest.
        if !ChildProcess.writeAll(data, to: fd) { exit(3) }
    }
}

/// What a worker does to itself before it reads a notebook: close every descriptor but the four
/// it was given, move to its working directory, apply its OS limits.
enum WorkerSandbox {
    static func enter(_ request: WorkerRequest) {
        watchParent()
        closeInheritedDescriptors()
        if chdir(request.workingDirectory) != 0 {
            FileOutput.standardError("warning: cannot enter \(request.workingDirectory); staying in the current folder")
        }
        request.limits.apply()
    }

    /// A worker whose parent died (crashed, killed by CI's time-out) ends within a second instead
    /// of running on as an orphan; it is in its own process group, so the parent's group signal
    /// does not reach it. (PR_SET_PDEATHSIG needs prctl, a variadic C call Swift cannot make.)
    static func watchParent() {
        let parent = getppid()
        let watcher = Thread {
            while getppid() == parent { usleep(250_000) }
            _exit(3)
        }
        watcher.stackSize = 64 << 10
        watcher.start()
    }

    /// posix_spawn cannot close "everything else" portably, so the child does. A descriptor that
    /// crossed exec had no close-on-exec flag; the runtime's own (made after exec) all have it.
    static func closeInheritedDescriptors() {
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for name in open {
            guard let fd = Int32(name), fd > 3 else { continue }
            let flags = fcntl(fd, F_GETFD)
            if flags >= 0, flags & FD_CLOEXEC == 0 { close(fd) }
        }
    }
}
