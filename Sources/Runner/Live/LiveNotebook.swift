import Foundation
import Interpreter
import NotebookModel

/// How a cell's shown result was obtained on the latest update of a live notebook.
public enum CellFreshness: String, Codable, Sendable {
    /// The cell ran on this update.
    case reran
    /// Nothing it depends on changed: its last results were kept.
    case reused
    /// It should have run again but is frozen: its results are out of date.
    case stale
}

/// What one update of a live notebook produced.
public struct LiveUpdate: Sendable {
    public var run: NotebookRun
    /// One entry per cell.
    public var freshness: [CellFreshness]
    /// Why every cell ran (first run, front matter changed, a name it needs moved); nil when
    /// only the cells an edit touches ran.
    public var fullRunReason: String?
    public var seconds: Double

    public var rerunCount: Int { freshness.filter { $0 == .reran }.count }
}

/// A notebook kept running between edits: one interpreter session, each cell's last results and
/// the random-stream positions around it. `update` runs only the cells an edit touches (see
/// `RerunPlanner`) and gives the same results, byte for byte, as a fresh run of the new text.
public final class LiveNotebook {
    struct Record {
        var cell: Cell
        var run: CellRun
        var before: NotebookExecutor.RandomState
        var after: NotebookExecutor.RandomState
        var files: [ExecutionCache.FileStamp]
    }

    private let keepGoing: Bool
    private let progress: ProgressReporter
    private var executor: NotebookExecutor?
    private var kernel: NotebookExecutor.Kernel?
    private var start: NotebookExecutor.RandomState?
    private var records: [Record] = []
    private var dependencies: [CellDependencies] = []
    private var liveWriters: [String: Int] = [:]
    private var settings = ""

    public convenience init(keepGoing: Bool = false) {
        self.init(keepGoing: keepGoing, progress: SilentProgress())
    }

    init(keepGoing: Bool, progress: ProgressReporter) {
        self.keepGoing = keepGoing
        self.progress = progress
    }

    /// The data files the cells read, for a watcher.
    public var filesRead: [String] { Array(Set(records.flatMap { $0.files.map(\.path) })).sorted() }

    /// Brings the results up to date with `notebook`, re-running what its changes touch.
    public func update(_ notebook: Notebook) -> LiveUpdate {
        let started = DispatchTime.now().uptimeNanoseconds
        var update = incremental(notebook) ?? fullRun(notebook)
        update.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return update
    }

    private func options(for notebook: Notebook) -> NotebookExecutor.Options {
        Runner.executionOptions(notebook, seed: nil, keepGoing: keepGoing, progress: progress)
    }

    private static func settingsKey(_ notebook: Notebook, _ options: NotebookExecutor.Options) -> String {
        let limits = options.limits
        return "\(notebook.path) seed=\(options.seed) seconds=\(limits.seconds) steps=\(limits.steps) memory=\(limits.memoryBytes)"
    }

    private var reasonForFullRun: String?

    private func fullRun(_ notebook: Notebook) -> LiveUpdate {
        let reason = reasonForFullRun ?? "first run"
        reasonForFullRun = nil
        let options = options(for: notebook)
        let executor = NotebookExecutor(options: options)
        let kernel = executor.makeKernel()
        self.executor = executor
        self.kernel = kernel
        start = kernel.randomState
        settings = Self.settingsKey(notebook, options)
        records = []
        liveWriters = [:]
        // A pass with every cell dirty cannot meet moved random streams.
        let (runs, freshness) = pass(notebook, dirty: Set(notebook.cells.indices), stale: [])!
        dependencies = kernel.session.dependencies(of: notebook.cells.map(\.source))
        for (i, run) in runs.enumerated() where run.status != .notRun && run.status != .skipped {
            for name in dependencies[i].writes { liveWriters[name] = i }
        }
        return LiveUpdate(run: NotebookRun(cells: runs, filesRead: kernel.files.sortedPaths), freshness: freshness,
                          fullRunReason: reason, seconds: 0)
    }

    /// The update when the live session can be reused, else nil (with the reason noted).
    private func incremental(_ notebook: Notebook) -> LiveUpdate? {
        guard let kernel else { return nil }
        let cells = notebook.cells
        if Self.settingsKey(notebook, options(for: notebook)) != settings {
            reasonForFullRun = "the front matter's seed or limits changed"
            return nil
        }
        guard cells.count == records.count else {
            reasonForFullRun = "cells were added or removed"
            return nil
        }
        var edited = Set<Int>()
        var formerWrites: [Int: Set<String>] = [:]
        for (i, cell) in cells.enumerated() where Self.changed(cell, records[i]) {
            edited.insert(i)
            formerWrites[i] = dependencies[i].writes
        }
        let deps = kernel.session.dependencies(of: cells.map(\.source), tracking: Set(liveWriters.keys))
        let plan = RerunPlanner.plan(
            deps, edited: edited,
            always: Set(cells.filter(\.attributes.always).map(\.index)),
            // A frozen cell that never ran has nothing to keep: it runs.
            frozen: Set(cells.filter { $0.attributes.freeze && records[$0.index].run.status != .notRun }.map(\.index)),
            inactive: Set(cells.filter(\.attributes.skip).map(\.index)),
            liveWriters: liveWriters, formerWrites: formerWrites)
        if let reason = plan.fullRun {
            reasonForFullRun = reason
            return nil
        }
        guard let (runs, freshness) = pass(notebook, dirty: Set(plan.rerun), stale: Set(plan.stale)) else {
            reasonForFullRun = "a re-run cell drew a different amount of randomness than before"
            return nil
        }
        for i in plan.rerun where runs[i].status != .notRun {
            for name in deps[i].writes { liveWriters[name] = i }
        }
        dependencies = deps
        return LiveUpdate(run: NotebookRun(cells: runs, filesRead: kernel.files.sortedPaths), freshness: freshness,
                          fullRunReason: nil, seconds: 0)
    }

    /// Whether a cell must run again regardless of dependencies: its code, attributes or data
    /// files changed, its last run did not happen, or it moved and its results carry lines.
    static func changed(_ cell: Cell, _ old: Record) -> Bool {
        if old.run.status == .notRun { return true }
        if cell.source != old.cell.source || cell.id != old.cell.id || cell.attributes != old.cell.attributes { return true }
        if cell.firstLine != old.cell.firstLine || cell.fenceLine != old.cell.fenceLine {
            // Errors name lines, and so may what its functions and closures throw later.
            if old.run.error != nil || cell.source.contains("{") || cell.source.contains("#") { return true }
        }
        return old.files.contains { ExecutionCache.FileStamp(path: $0.path) != $0 }
    }

    /// Runs the dirty cells in order and keeps the others' results; nil when a kept cell drew
    /// random numbers from a stream a re-run cell left somewhere else.
    private func pass(_ notebook: Notebook, dirty: Set<Int>, stale: Set<Int>) -> ([CellRun], [CellFreshness])? {
        guard let kernel, let executor, var predicted = start else { return nil }
        kernel.namesOfFailedCells = [:]
        var runs: [CellRun] = [], freshness: [CellFreshness] = [], next: [Record] = []
        var stopped = false
        for cell in notebook.cells {
            let i = cell.index
            var record = Record(cell: cell, run: CellRun(id: cell.id, index: i, status: .notRun),
                                before: predicted, after: predicted, files: [])
            var fresh = CellFreshness.reran
            if stopped {
                // Not run: nothing to record.
            } else if cell.attributes.skip {
                record.run = CellRun(id: cell.id, index: i, status: .skipped)
            } else if dirty.contains(i) {
                kernel.restore(predicted)
                _ = kernel.files.takeRecent()
                record.run = executor.run(cell, of: notebook, in: kernel)
                record.after = kernel.randomState
                record.files = kernel.files.takeRecent().compactMap(ExecutionCache.FileStamp.init(path:))
            } else {
                let old = records[i]
                if old.before == predicted {
                    record.after = old.after
                } else if old.before != old.after {
                    return nil
                }
                record.run = old.run
                record.files = old.files
                kernel.noteOutcome(of: cell, old.run)
                fresh = stale.contains(i) ? .stale : .reused
            }
            predicted = record.after
            if record.run.status == .failed, !keepGoing { stopped = true }
            runs.append(record.run)
            freshness.append(fresh)
            next.append(record)
        }
        records = next
        return (runs, freshness)
    }
}
