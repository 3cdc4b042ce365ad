import Engine
import Foundation
import Grader
import Interpreter
import NotebookModel
import Renderer

/// The fuzz targets' bodies: bytes in, every stage run under tight budgets, nothing may trap.
///
/// `nbrun-fuzz` calls these from libFuzzer; `FuzzRegressionTests` replays the crashes it found.
/// Errors are the expected outcome for almost every input and are swallowed: only a trap (or a
/// sanitizer report) is a finding.
public enum FuzzHarness {
    /// The data-file formats a cell can load, fuzzed one at a time.
    public enum DataKind: String, CaseIterable, Sendable {
        case npy, npz, csv, idx
    }

    /// Budgets small enough that a libFuzzer run does thousands of inputs a minute, and that a
    /// runaway cell is a limit error long before libFuzzer's own timeout or RSS limit.
    public static var limits: Limits {
        Limits(steps: 200_000, seconds: 1, recursionDepth: 400,
               memoryBytes: 64 << 20, residentBytes: 3 << 30)
    }

    /// What one notebook input came to, for the replay tests (libFuzzer ignores it).
    public struct Outcome: Equatable, Sendable {
        /// Cells that ran (ok or failed) and those of them that failed.
        public var ran: Int
        public var failed: Int
        /// Size of the rendered page; 0 when rendering threw.
        public var pageBytes: Int
    }

    /// Compiled once: the default theme's template is not what is being fuzzed.
    static let renderer = try? PageRenderer(theme: .default)

    /// At most this many cells run per input: a notebook of slow cells stays under `-timeout`.
    public static let maxCells = 8

    /// Parses `bytes` as a notebook, checks every cell, runs them all (keep going) with `limits`
    /// in a fresh session whose only readable folder is the harness's sandbox, then derives the
    /// student version and grading key and renders the page and the JSON report in memory.
    /// Nil when the bytes are not a notebook (a `NotebookError`, the normal answer).
    @discardableResult
    public static func runNotebook(_ bytes: [UInt8]) -> Outcome? {
        let text = String(decoding: bytes, as: UTF8.self)
        let path = Sandbox.shared.notebookPath
        guard let parsed = try? NotebookParser.parse(text: text, path: path) else { return nil }
        let notebook = parsed.keepingCells(maxCells)
        _ = NotebookChecker.errors(in: notebook)
        _ = try? Assignment.studentVersion(of: text, path: path)
        _ = try? GradingKey(notebook: notebook)

        let run = execute(notebook)
        let page = PageAssembler.page(for: notebook, run: run, path: "fuzz.html")
        let html = (try? renderer?.render(page)) ?? ""
        _ = JSONReport.document(for: notebook, run: run).text
        let ran = run.cells.filter { $0.status == .ok || $0.status == .failed }
        return Outcome(ran: ran.count, failed: ran.filter { $0.status == .failed }.count, pageBytes: html.utf8.count)
    }

    /// Writes `bytes` into the sandbox as a `kind` file and loads it with the engine's loader,
    /// then describes what came back (the path a cell's `print(x)` takes).
    /// True when the file loaded, false when a loader threw (the normal answer for junk).
    @discardableResult
    public static func runDataFile(_ bytes: [UInt8], kind: DataKind) -> Bool {
        let path = Sandbox.shared.dataPath(for: kind)
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return false }
        // The budget a cell's engine calls get from the bindings; without it the engine allows
        // half the machine and lying headers became libFuzzer OOMs and timeouts, not errors.
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(limits.seconds * 1e9)
        let budget = EngineBudget(memoryBytes: limits.memoryBytes, residentBytes: limits.residentBytes, checkDeadline: {
            if DispatchTime.now().uptimeNanoseconds > deadline { throw BudgetExceeded("the fuzz harness's deadline passed") }
        }, owner: "the fuzz harness's")
        do {
            try EngineBudget.using(budget) { try load(bytes, kind: kind, path: path) }
            return true
        } catch {
            return false  // a thrown error is the right answer for a malformed file
        }
    }

    /// Loads the file at `path` (whose content is `bytes`) with `kind`'s loaders.
    static func load(_ bytes: [UInt8], kind: DataKind, path: String) throws {
        switch kind {
        case .npy:
            _ = try NPY.decode(bytes).description
            _ = try NPY.read(from: path).description
        case .npz:
            for array in try NPZ.read(from: path) { _ = array.tensor.description }
        case .csv:
            let table = try CSV.load(from: path)
            for name in table.columnNames { _ = try table.column(name) }
        case .idx:
            _ = try IDX.read(from: path, limit: 64).description
            _ = try IDX.read(from: path).description
        }
    }

    /// Runs at most `maxCells` cells of `notebook` with `limits`, reading only the sandbox.
    static func execute(_ notebook: Notebook) -> NotebookRun {
        var options = NotebookExecutor.Options()
        options.keepGoing = true
        options.seed = notebook.frontMatter.seed ?? 0
        // Front matter may not loosen the budgets: the fuzzer would find `timeout: 1e9` quickly.
        options.limits = limits
        options.readableDirectories = [Sandbox.shared.directory]
        options.searchDirectories = [Sandbox.shared.directory]
        return NotebookExecutor(options: options).execute(notebook)
    }
}

extension Notebook {
    /// The notebook cut off after its `count`th code cell.
    func keepingCells(_ count: Int) -> Notebook {
        var copy = self
        var seen = 0
        copy.blocks = Array(blocks.prefix { block in
            guard seen < count else { return false }
            if case .cell = block { seen += 1 }
            return true
        })
        return copy
    }
}
