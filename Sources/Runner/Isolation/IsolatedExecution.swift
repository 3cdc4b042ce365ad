import Foundation
import Interpreter
import NotebookModel

/// Runs a notebook's cells in a worker process. A cell that takes the worker down becomes that
/// cell's error ("the cell was stopped: …") and the page keeps every output before it; with
/// `keepGoing`, a fresh worker runs the notebook again past that cell.
struct IsolatedExecution: Sendable {
    var executable: String
    /// Forward the worker's progress lines to our standard error.
    var showProgress: Bool
    /// The interpreter's resident limit in the worker (a share of the machine for `--jobs`).
    var residentBytes: Int?
    /// Where the notebook's cells write files (its folder in the site).
    var filesFolder: FilesFolder?
    /// Fresh workers after the first, with `keepGoing`; later cells then stay not run.
    static let maxCrashes = 3

    /// `text`: the notebook's text as the caller parsed it, sent to the worker (else it reads the file).
    func run(_ notebook: Notebook, text: String? = nil, seed: UInt64?, keepGoing: Bool) -> NotebookRun {
        var cellLimits = Limits.notebookDefaults.applying(notebook.frontMatter)
        if let residentBytes { cellLimits.residentBytes = residentBytes }
        let wall = Double(max(1, notebook.cells.count)) * cellLimits.seconds + 60
        let limits = ProcessLimits.forWorker(cellLimits, wallSeconds: wall)
        var crashed: [String: CellError] = [:]
        var shown = 0
        for attempt in 0...Self.maxCrashes {
            var finished: [String: CellRun] = [:]
            var running: (id: String, line: Int)?
            var result: NotebookRun?
            var job = RunJob(notebookPath: notebook.path, seed: seed, keepGoing: keepGoing, progress: showProgress,
                             progressIsTTY: showProgress && isatty(2) != 0, residentBytes: residentBytes,
                             crashedCells: crashed)
            job.quietCells = shown
            job.notebookText = text
            job.filesFolder = filesFolder
            let launch = WorkerLaunch(executable: executable,
                                      request: WorkerRequest(job: .run(job), limits: limits,
                                                             workingDirectory: FileManager.default.currentDirectoryPath),
                                      forwardOutput: true)
            let diagnosis: CrashDiagnosis
            do {
                let outcome = try launch.run { event in
                    switch event {
                    case .cellStarted(let id, let line, _): running = (id, line)
                    case .cellFinished(let run):
                        finished[run.id] = run
                        running = nil
                    case .notebookFinished(let run): result = run
                    default: break
                    }
                }
                if let result { return result }
                diagnosis = CrashDiagnosis(outcome, cellSeconds: running == nil ? nil : cellLimits.seconds, limits: limits)
            } catch {
                diagnosis = CrashDiagnosis(isLimit: false, message: "the notebook's process could not start: \(error)")
            }
            // A death outside any cell (start-up) is pinned on the first cell without a result.
            let failing = running ?? notebook.cells.first { finished[$0.id] == nil }.map { ($0.id, $0.fenceLine) }
            guard let failing else { return assemble(notebook, finished: finished, failing: nil) }
            let error = diagnosis.cellError(path: notebook.path, line: failing.line)
            crashed[failing.id] = error
            if !keepGoing || running == nil {
                return assemble(notebook, finished: finished, failing: (failing.id, error))
            }
            if attempt == Self.maxCrashes {
                let why = "not run: the notebook's process went down \(attempt + 1) times, and nbrun stops starting it again after that"
                if showProgress { FileOutput.standardError("  \(why)") }
                return assemble(notebook, finished: finished, failing: (failing.id, error), restNote: why)
            }
            if showProgress { reportCrash(notebook, cellID: failing.id, error: error) }
            shown = finished.count + 1
        }
        return assemble(notebook, finished: [:], failing: nil)
    }

    /// The terminal line for a cell whose process died (the worker could not print it).
    private func reportCrash(_ notebook: Notebook, cellID: String, error: CellError) {
        guard let cell = notebook.cells.first(where: { $0.id == cellID }) else { return }
        let run = CellRun(id: cell.id, index: cell.index, status: .failed, outputs: [.error(error)], error: error)
        TerminalProgress(notebookName: FilePath.stem(of: notebook.path)).cellFinished(cell, of: notebook.cells.count, run: run)
    }

    /// The cells that finished, the one that died, and the rest not run.
    private func assemble(_ notebook: Notebook, finished: [String: CellRun], failing: (id: String, error: CellError)?,
                          restNote: String? = nil) -> NotebookRun {
        var cells: [CellRun] = []
        var reachedFailure = false
        var noted = false
        for cell in notebook.cells {
            if let run = finished[cell.id], !reachedFailure {
                cells.append(run)
            } else if let failing, cell.id == failing.id {
                reachedFailure = true
                let run = CellRun(id: cell.id, index: cell.index, status: .failed, outputs: [.error(failing.error)],
                                  error: failing.error)
                if showProgress { reportCrash(notebook, cellID: cell.id, error: failing.error) }
                cells.append(run)
            } else {
                // The first cell left out says why, when it is not the usual stop after a failure.
                let note = reachedFailure && !noted ? restNote.map { [CellOutput.notice($0)] } ?? [] : []
                noted = noted || !note.isEmpty
                cells.append(CellRun(id: cell.id, index: cell.index, status: .notRun, outputs: note))
            }
        }
        return NotebookRun(cells: cells)
    }
}

extension CrashDiagnosis {
    init(isLimit: Bool, message: String) {
        self.isLimit = isLimit
        self.message = message
    }
}
