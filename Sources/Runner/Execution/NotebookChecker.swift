import EngineBindings
import Interpreter
import NotebookModel

/// `nbrun check` for one notebook: every cell through the same parser and compiler `run` uses,
/// in a session with the same notebook names, cells in order so later cells see earlier
/// declarations. Nothing runs, no file is read.
enum NotebookChecker {
    static func errors(in notebook: Notebook) -> [InterpreterError] {
        let session = Session(limits: Limits.notebookDefaults.applying(notebook.frontMatter), seed: 0)
        let context = BindingContext(readableDirectories: [], emit: { _ in }, training: { _ in }, fileRead: { _ in })
        NotebookExecutor.installNotebookNames(into: session, context: context, seed: 0)
        var errors: [InterpreterError] = []
        for cell in notebook.cells where !cell.attributes.skip {
            errors += session.check(CellSource(text: cell.source, path: notebook.path, firstLine: cell.firstLine))
        }
        return errors
    }
}
