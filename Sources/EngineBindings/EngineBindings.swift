import Engine
import Interpreter
import NotebookModel

/// Registers the engine's names (Tensor, Sequential, Dense, plot…) in an interpreter session.
public enum EngineBindings {
    /// Makes the engine reachable from the session's cells.
    public static func install(into session: Session, context: BindingContext) {
        // Filled in when the interpreter's host interface and the engine land.
    }

    /// A rich output for a displayed engine value (a model shows its summary), or nil.
    public static func displayOutput(for value: Value, in session: Session) -> CellOutput? {
        nil
    }
}
