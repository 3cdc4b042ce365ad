import EngineBindings
import Foundation
import Grader
import Interpreter
import NotebookModel

/// Runs a notebook's cells in order in one interpreter session.
final class NotebookExecutor {
    struct Options {
        var keepGoing = false
        var seed: UInt64 = 0
        var limits = Limits.notebookDefaults
        /// Folders cells may read data files from (the notebook's folder, the project's datasets/).
        var readableDirectories: [String] = []
        /// Folders relative data paths are resolved against, in order.
        var searchDirectories: [String] = []
        var progress: ProgressReporter = SilentProgress()
        /// Cells that took an earlier process down: failed with this error, not run again.
        var crashedCells: [String: CellError] = [:]
        /// Sees each cell start (with its time limit) and finish: isolated runs stream them.
        var cellStarted: ((Cell, Double) -> Void)?
        var cellFinished: ((CellRun) -> Void)?
        /// The one folder cells may write into; nil keeps what they write in memory.
        var filesFolder: FilesFolder?
    }

    private let options: Options

    init(options: Options) {
        self.options = options
    }

    /// A session set up for one notebook: the interpreter, where its output goes, the data
    /// files it read and the engine's notebook-wide state.
    final class Kernel {
        let session: Session
        let collector: OutputCollector
        let files: FileReadLog
        let engine: EngineSessionState
        /// Counts each cell's checks, for "✓ 3 checks passed" under test cells.
        let checks: CheckTally
        /// Names declared by cells that failed, with the failed cell's label: a later
        /// "cannot find 'x' in scope" says where `x` was meant to come from.
        var namesOfFailedCells: [String: Int] = [:]

        init(session: Session, collector: OutputCollector, files: FileReadLog, engine: EngineSessionState) {
            self.session = session
            self.collector = collector
            self.files = files
            self.engine = engine
            self.checks = CheckTally(session: session)
        }

        deinit { checks.stop() }

        /// The session's and the engine's random streams and name counter, as they are now.
        var randomState: RandomState { RandomState(session: session.random, engine: engine.capture()) }

        func restore(_ state: RandomState) {
            session.random = state.session
            engine.restore(state.engine)
        }
    }

    /// Where every random stream of a kernel stands.
    struct RandomState: Equatable {
        var session: SeededRandom
        var engine: EngineSessionState.Snapshot
    }

    /// A new session with the notebook names installed.
    func makeKernel() -> Kernel {
        let session = Session(limits: options.limits, seed: options.seed)
        session.runsStatementsBeforeCompileError = true
        let collector = OutputCollector(session: session)
        session.output = collector
        let progress = options.progress
        let files = FileReadLog()
        let context = BindingContext(
            readableDirectories: options.readableDirectories,
            searchDirectories: options.searchDirectories,
            emit: { collector.emit($0) },
            training: { progress.training($0) },
            fileRead: { files.record($0) },
            writableDirectory: options.filesFolder?.directory,
            writableLink: options.filesFolder?.link
        )
        let engine = Self.installNotebookNames(into: session, context: context, seed: options.seed)
        return Kernel(session: session, collector: collector, files: files, engine: engine)
    }

    func execute(_ notebook: Notebook) -> NotebookRun {
        // A run starts with no files: what the page links is what this run wrote.
        options.filesFolder?.clear()
        let kernel = makeKernel()
        let cells = notebook.cells
        let progress = options.progress
        var runs: [CellRun] = []
        var stopped = false
        for cell in cells {
            if stopped {
                runs.append(CellRun(id: cell.id, index: cell.index, status: .notRun))
                continue
            }
            if cell.attributes.skip {
                runs.append(CellRun(id: cell.id, index: cell.index, status: .skipped))
                progress.cellFinished(cell, of: cells.count, run: runs[runs.count - 1])
                continue
            }
            if let crash = options.crashedCells[cell.id] {
                let run = CellRun(id: cell.id, index: cell.index, status: .failed, outputs: [.error(crash)], error: crash)
                runs.append(run)
                progress.cellFinished(cell, of: cells.count, run: run)
                options.cellFinished?(run)
                if !options.keepGoing { stopped = true }
                continue
            }
            let run = self.run(cell, of: notebook, in: kernel)
            runs.append(run)
            if run.status == .failed, !options.keepGoing { stopped = true }
        }
        return NotebookRun(cells: runs, filesRead: kernel.files.sortedPaths)
    }

    /// Runs one cell in the kernel and reports it.
    func run(_ cell: Cell, of notebook: Notebook, in kernel: Kernel) -> CellRun {
        let progress = options.progress
        let session = kernel.session, collector = kernel.collector
        let count = notebook.cells.count
        progress.cellStarted(cell, of: count)
        options.cellStarted?(cell, session.limits.seconds)
        collector.begin()
        kernel.checks.beginCell()
        let start = DispatchTime.now().uptimeNanoseconds
        let result = session.run(CellSource(text: cell.source, path: notebook.path, firstLine: cell.firstLine))
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        var run = CellRun(id: cell.id, index: cell.index, status: .ok, seconds: seconds)
        let checks = kernel.checks.summary
        if checks.made > 0 { run.checks = checks }
        switch result {
        case .success:
            // The session already sent the displayed value to the collector.
            run.outputs = collector.finish()
            if cell.attributes.expectError {
                let error = CellError(kind: .runtime, message: "this cell is marked expect-error but ran without an error",
                                      path: notebook.path, line: cell.fenceLine, column: 1)
                run.status = .failed
                run.error = error
                run.outputs.append(.error(error))
            }
        case .failure(let failure):
            var error = CellError(failure)
            error.noteFailedDefinition(kernel.namesOfFailedCells)
            run.outputs = collector.finish() + [.error(error)]
            run.error = error
            run.status = cell.attributes.expectError ? .ok : .failed
        }
        kernel.noteOutcome(of: cell, run)
        progress.cellFinished(cell, of: count, run: run)
        options.cellFinished?(run)
        return run
    }
}

extension NotebookExecutor.Kernel {
    /// Remembers the names a failed cell declared (for later "cannot find" errors).
    func noteOutcome(of cell: Cell, _ run: CellRun) {
        guard run.status == .failed else { return }
        for name in Session.topLevelNames(in: cell.source) where namesOfFailedCells[name] == nil {
            namesOfFailedCells[name] = cell.index + 1
        }
    }
}

/// Where a notebook's cells write files: `<site>/<page name>/files/`, beside its page
/// `<site>/<page name>.html`, which links them as `<page name>/files/NAME`.
struct FilesFolder: Codable, Equatable, Sendable {
    var directory: String
    var link: String

    init(outDirectory: String, pageStem: String) {
        let out = URL(fileURLWithPath: outDirectory, isDirectory: true).standardizedFileURL.path
        directory = "\(out)/\(pageStem)/files"
        link = "\(pageStem)/files/"
    }

    /// Whether every file `run` wrote is still here with its size (a cached run's links must work).
    func holds(_ run: NotebookRun) -> Bool {
        run.cells.allSatisfy { cell in
            cell.outputs.allSatisfy { output in
                guard case .file(let file) = output, file.href != nil else { return true }
                let size = (try? FileManager.default.attributesOfItem(atPath: "\(directory)/\(file.name)"))?[.size] as? Int
                return size == file.bytes
            }
        }
    }

    /// Removes what an earlier run wrote (a link there is removed, never followed).
    func clear() {
        try? FileManager.default.removeItem(atPath: directory)
    }
}

/// The data files cells read, for the execution cache.
final class FileReadLog: @unchecked Sendable {
    private var paths: Set<String> = []
    private let lock = NSLock()

    private var recent: Set<String> = []

    func record(_ path: String) {
        lock.lock()
        paths.insert(path)
        recent.insert(path)
        lock.unlock()
    }

    /// The paths read since the last call (one cell's reads, for a live notebook).
    func takeRecent() -> [String] {
        lock.lock()
        defer { recent = []; lock.unlock() }
        return recent.sorted()
    }

    var sortedPaths: [String] {
        lock.lock()
        defer { lock.unlock() }
        return paths.sorted()
    }
}

extension CellError {
    /// The interpreter's error as plain data for pages and reports.
    init(_ error: InterpreterError) {
        let kind: CellError.Kind
        switch error.kind {
        case .syntax: kind = .syntax
        case .unsupported: kind = .unsupported
        // Found while compiling the cell (an unknown name, a type mismatch): nothing in it ran.
        case .runtime: kind = error.stage == .compile ? .compile : .runtime
        case .limit: kind = .limit
        case .host: kind = .host
        }
        self.init(kind: kind, message: error.message, path: error.path, line: error.line, column: error.column,
                  rendered: error.rendered, trace: error.trace)
    }
}

extension CellError {
    /// Adds "'x' was defined in cell [8], which failed" to a `cannot find 'x' in scope` error
    /// when an earlier failed cell declared `x`.
    mutating func noteFailedDefinition(_ namesOfFailedCells: [String: Int]) {
        guard message.hasPrefix("cannot find '"), let end = message.dropFirst(13).firstIndex(of: "'") else { return }
        let name = String(message[message.index(message.startIndex, offsetBy: 13)..<end])
        guard let cell = namesOfFailedCells[name] else { return }
        let note = "'\(name)' was defined in cell [\(cell)], which failed"
        message += " (\(note))"
        if !rendered.isEmpty { rendered += (rendered.hasSuffix("\n") ? "" : "\n") + "note: " + note }
    }
}

extension Limits {
    /// Generous limits for an author's notebook; front matter and the grader tighten them.
    /// The step budget guards against runaway cells, not honest work: 2 billion steps (about one
    /// per loop iteration or call) is more than CPython runs in a minute, and a runaway loop still
    /// stops within about a minute of a release build. Grading keeps `Limits()`' 200 million.
    static var notebookDefaults: Limits {
        var limits = Limits()
        limits.steps = 2_000_000_000
        limits.seconds = 600
        return limits
    }

    /// The defaults with a notebook's front-matter overrides applied.
    func applying(_ frontMatter: FrontMatter) -> Limits {
        var limits = self
        if let timeout = frontMatter.timeout { limits.seconds = timeout }
        if let steps = frontMatter.steps { limits.steps = steps }
        if let memory = frontMatter.memoryMB { limits.memoryBytes = memory * 1_048_576 }
        return limits
    }
}

extension NotebookExecutor {
    /// The names every notebook cell sees besides Swift's: the engine, the grading checks and,
    /// when enabled, fault injection. `run` and `check` both use this, so they know the same names.
    @discardableResult
    static func installNotebookNames(into session: Session, context: BindingContext, seed: UInt64) -> EngineSessionState {
        let engine = EngineBindings.install(into: session, context: context, seed: seed)
        // Test cells run in an author's notebook too: a failing check fails its cell.
        GradingBuiltins.install(into: session)
        FaultInjection.installIfEnabled(into: session)
        return engine
    }
}
