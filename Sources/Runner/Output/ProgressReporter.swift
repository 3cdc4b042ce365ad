import EngineBindings
import NotebookModel

/// Receives execution progress; the terminal draws it, tests and `--jobs` runs stay silent.
protocol ProgressReporter: Sendable {
    func cellStarted(_ cell: Cell, of count: Int)
    func cellFinished(_ cell: Cell, of count: Int, run: CellRun)
    func training(_ event: TrainingEvent)
}

/// Reports nothing.
struct SilentProgress: ProgressReporter {
    func cellStarted(_ cell: Cell, of count: Int) {}
    func cellFinished(_ cell: Cell, of count: Int, run: CellRun) {}
    func training(_ event: TrainingEvent) {}
}
