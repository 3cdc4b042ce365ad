import EngineBindings
import Foundation
import NotebookModel
import Renderer

/// What `nbrun serve` and `--watch` keep between saves: a live notebook per file, the latest
/// results, and the site written from them exactly as `nbrun build` (or `nbrun NOTEBOOK.md`)
/// writes it.
final class LivePreview: @unchecked Sendable {
    enum Target {
        /// One notebook: its page, like `nbrun NOTEBOOK.md`.
        case notebook(String)
        /// A folder of notebooks: the course site, like `nbrun build`.
        case course(String)
    }

    struct Latest {
        var notebook: Notebook
        var update: LiveUpdate
        /// The notebook's Markdown as read: published beside its page, as `build` does.
        var text: String
    }

    let target: Target
    let outDirectory: String
    let hub: MessageHub?
    /// Number every cell's lines (`--line-numbers`).
    var lineNumbers = false
    private var lives: [String: LiveNotebook] = [:]
    private var latest: [String: Latest] = [:]
    private var parseErrors: [String: String] = [:]
    /// Highlighted cells of the last write: an edit re-highlights only the cells it changed.
    private var highlighted = HighlightMemo()
    private let lock = NSLock()

    init(target: Target, outDirectory: String, hub: MessageHub?) {
        self.target = target
        self.outDirectory = outDirectory
        self.hub = hub
    }

    /// The notebook files of the target, now.
    func notebookPaths() -> [String] {
        switch target {
        case .notebook(let path): return [path]
        case .course(let folder): return (try? CourseDiscovery.discover(folder).notebookPaths) ?? []
        }
    }

    /// Everything to watch: the notebooks, the data files their cells read, the course folder's `course.yml`.
    func watchedPaths() -> [String] {
        lock.lock()
        defer { lock.unlock() }
        var paths = notebookPaths() + lives.values.flatMap(\.filesRead)
        if case .course(let folder) = target { paths.append("\(folder)/course.yml") }
        return paths
    }

    /// The page a notebook is served at.
    static func pageName(_ path: String) -> String { "\(FilePath.stem(of: path)).html" }

    /// Re-runs what changed (everything when `changed` is nil), rewrites the site and tells the
    /// pages. Returns the terminal's summary line.
    @discardableResult
    func refresh(_ changed: Set<String>?) -> String {
        lock.lock()
        defer { lock.unlock() }
        let paths = notebookPaths()
        var updatedPages: [String] = []
        var lines: [String] = []
        var failed = false
        for path in paths {
            let live = lives[path] ?? LiveNotebook(keepGoing: false, progress: LiveProgress(name: FilePath.stem(of: path), hub: hub))
            lives[path] = live
            let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
            if let changed, !changed.contains(standardized), live.filesRead.allSatisfy({ !changed.contains($0) }),
               latest[path] != nil || parseErrors[path] != nil {
                continue
            }
            let notebook: Notebook
            let text: String
            do {
                text = try FileOutput.read(path)
                notebook = try NotebookParser.parse(text: text, path: path)
                parseErrors[path] = nil
            } catch {
                let message = Runner.describe(error)
                parseErrors[path] = message
                lines.append(message)
                failed = true
                hub?.broadcast(MessageHub.status(message, failed: true))
                continue
            }
            let update = live.update(notebook)
            latest[path] = Latest(notebook: notebook, update: update, text: text)
            updatedPages.append(Self.pageName(path))
            lines.append(Self.summary(notebook, update))
            failed = failed || update.run.failed
        }
        for path in latest.keys where !paths.contains(path) { latest[path] = nil; lives[path] = nil }
        let writeStart = DispatchTime.now().uptimeNanoseconds
        do {
            try writeSite()
            let ms = Double(DispatchTime.now().uptimeNanoseconds - writeStart) / 1e6
            if !updatedPages.isEmpty { lines[lines.count - 1] += String(format: ", pages written in %.0fms", ms) }
        } catch {
            lines.append(Runner.describe(error))
            failed = true
        }
        let text = lines.joined(separator: "; ")
        if !updatedPages.isEmpty { hub?.broadcast(updateMessage(pages: updatedPages, text: text, failed: failed)) }
        return text
    }

    /// "02b-fashion-mnist: re-ran 1 of 22 cells, reused 21, in 0.03 s".
    static func summary(_ notebook: Notebook, _ update: LiveUpdate) -> String {
        let name = FilePath.stem(of: notebook.path)
        let failures = update.run.cells.filter { $0.status == .failed }.count
        let verdict = failures == 0 ? "" : ", \(failures) failed"
        let seconds = TerminalProgress.seconds(update.seconds)
        if let reason = update.fullRunReason {
            return "\(name): ran all \(update.freshness.count) cells (\(reason))\(verdict) in \(seconds)"
        }
        let reused = update.freshness.filter { $0 == .reused }.count
        let stale = update.freshness.filter { $0 == .stale }.count
        return "\(name): re-ran \(update.rerunCount) of \(update.freshness.count) cells, reused \(reused)\(stale > 0 ? ", \(stale) stale" : "")\(verdict) in \(seconds)"
    }

    /// Writes the pages as `nbrun build` (a course) or `nbrun NOTEBOOK.md` (one notebook) does:
    /// the same bytes, the published `.md` beside each page and the course's edit links included.
    private func writeSite() throws {
        var site = try Runner.siteBuilder(outDirectory)
        site.highlightMemo = highlighted
        // Only what this write used is kept, so the memo does not grow with every edit.
        defer { highlighted = HighlightMemo(entries: highlighted.usedEntries) }
        switch target {
        case .notebook(let path):
            guard let latest = latest[path] else { return }
            let name = FilePath.stem(of: path)
            // As `nbrun NOTEBOOK.md`: published beside its page unless the page goes where the notebook is.
            let published = FilePath.sameFile(path, "\(outDirectory)/\(name).md") ? nil : latest.text
            try site.writePage(PageAssembler.page(for: latest.notebook, run: latest.update.run, path: Self.pageName(path),
                                                   lineNumbers: lineNumbers, text: published))
        case .course(let folder):
            let course = try CourseDiscovery.discover(folder)
            let notebooks = latest.values.map(\.notebook).sorted(by: CourseDiscovery.lessonOrder)
            let pages = notebooks.compactMap { notebook -> PageInput? in
                guard let value = latest[notebook.path] else { return nil }
                var page = PageAssembler.page(for: notebook, run: value.update.run, path: Self.pageName(notebook.path),
                                              lineNumbers: lineNumbers, text: value.text)
                page.editURL = course.editLink(for: notebook.path)
                return page
            }
            try site.build(config: SiteConfig(title: course.title, description: course.description ?? ""), pages: pages)
        }
    }

    /// Each cell's state on the pages, for their badges.
    private func updateMessage(pages: [String], text: String, failed: Bool) -> String {
        var cells: [String: Any] = [:]
        for (path, value) in latest {
            cells[Self.pageName(path)] = zip(value.update.run.cells, value.update.freshness).map { run, state -> [String: Any] in
                ["id": run.id, "state": run.status == .notRun ? "stale" : state.rawValue, "seconds": run.seconds]
            }
        }
        var allPages = pages
        if case .course = target { allPages.append("index.html") }
        return MessageHub.json(["type": "update", "pages": allPages, "cells": cells, "text": text, "failed": failed])
    }
}

/// Streams a live notebook's progress to the pages' status line and to the terminal.
final class LiveProgress: ProgressReporter, @unchecked Sendable {
    private let terminal: TerminalProgress
    private let hub: MessageHub?
    private let lock = NSLock()
    private var lastTraining: UInt64 = 0

    init(name: String, hub: MessageHub?) {
        terminal = TerminalProgress(notebookName: name)
        self.hub = hub
    }

    func cellStarted(_ cell: Cell, of count: Int) {
        terminal.cellStarted(cell, of: count)
        hub?.broadcast(MessageHub.status("running cell \(cell.index + 1) of \(count): \(cell.id)"))
    }

    func cellFinished(_ cell: Cell, of count: Int, run: CellRun) {
        terminal.cellFinished(cell, of: count, run: run)
    }

    func training(_ event: TrainingEvent) {
        terminal.training(event)
        guard let hub else { return }
        // At most ten lines a second: the bar is for people.
        let now = DispatchTime.now().uptimeNanoseconds
        lock.lock()
        let due = !Self.isBatch(event) || now - lastTraining > 100_000_000
        if due { lastTraining = now }
        lock.unlock()
        guard due else { return }
        var text = "training: epoch \(event.epoch)/\(event.epochs)"
        if case .batch(let batch, let of) = event.phase { text += " · batch \(batch)/\(of)" }
        for log in event.logs { text += " · \(log.name) \(String(format: "%.4f", log.value))" }
        hub.broadcast(MessageHub.json(["type": "training", "text": text]))
    }

    private static func isBatch(_ event: TrainingEvent) -> Bool {
        if case .batch = event.phase { return true }
        return false
    }
}
