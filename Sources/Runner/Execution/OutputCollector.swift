import EngineBindings
import Interpreter
import NotebookModel

/// Gathers one cell's outputs in order: printed text, displayed values and rich outputs.
final class OutputCollector: InterpreterOutput {
    private(set) var outputs: [CellOutput] = []
    private unowned let session: Session
    /// Echoes printed text live (the terminal), or nil.
    var echo: ((String) -> Void)?

    init(session: Session) {
        self.session = session
    }

    /// Starts a new cell.
    func begin() { outputs = [] }

    /// Consecutive prints merge into one text output, as a terminal would show them.
    func write(_ text: String) {
        echo?(text)
        if case .text(let previous)? = outputs.last {
            outputs[outputs.count - 1] = .text(previous + text)
        } else {
            outputs.append(.text(text))
        }
    }

    func display(_ value: Value) {
        emit(EngineBindings.displayOutput(for: value, in: session) ?? .value(session.debugDescribe(value)))
    }

    /// A rich output from the bindings (figure, summary, training log).
    func emit(_ output: CellOutput) {
        outputs.append(output)
    }
}
