import Dispatch
import Interpreter
import NotebookModel

/// Runs a submission's own cells in order (test cells and `skip` cells excepted), recording
/// failures and continuing, and remembers each exercise cell's outcome.
struct SubmissionRun {
    struct ExerciseCell {
        var cell: Cell
        var failure: CellFailure?
        var notRun = false
        var seconds: Double = 0
    }

    var exerciseCells: [String: [ExerciseCell]] = [:]
    var failures: [CellFailure] = []
    var notes: [String] = []

    init(notebook: Notebook, session: Session, budget: Double, observer: GradingObserver? = nil,
         skips: GradingSkips = GradingSkips()) {
        let start = DispatchTime.now().uptimeNanoseconds
        var outOfTime = false
        for cell in notebook.cells where cell.attributes.test == nil && !cell.attributes.skip {
            let exercise = cell.attributes.exercise
            if !outOfTime, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 > budget {
                outOfTime = true
                notes.append("the submission's cells used up the \(Int(budget)) s budget; cells from line \(cell.fenceLine) on were not run")
            }
            if outOfTime {
                if let exercise { exerciseCells[exercise, default: []].append(ExerciseCell(cell: cell, notRun: true)) }
                continue
            }
            if let cause = skips.cause(cell: cell.id, line: cell.fenceLine) {
                let located = "\(notebook.path):\(cell.fenceLine):1: \(cause.message)"
                let failure = CellFailure(cell: cell.id, exercise: exercise, kind: cause.kind, message: located)
                failures.append(failure)
                if let exercise { exerciseCells[exercise, default: []].append(ExerciseCell(cell: cell, failure: failure)) }
                continue
            }
            observer?.started(.cell(id: cell.id, line: cell.fenceLine))
            let cellStart = DispatchTime.now().uptimeNanoseconds
            let result = session.run(CellSource(text: cell.source, path: notebook.path, firstLine: cell.firstLine))
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - cellStart) / 1e9
            var failure: CellFailure?
            if case .failure(let error) = result {
                let located = "\(error.path):\(error.line):\(error.column): \(error.message)"
                failure = CellFailure(cell: cell.id, exercise: exercise, kind: error.kind.rawValue, message: located)
                if let failure { failures.append(failure) }
            }
            if let exercise {
                exerciseCells[exercise, default: []].append(ExerciseCell(cell: cell, failure: failure, seconds: seconds))
            }
        }
    }
}
