import Engine
import Interpreter
import NotebookModel

/// Registers the engine's names (Tensor, Sequential, Dense, plot…) in an interpreter session.
public enum EngineBindings {
    /// Makes the engine reachable from the session's cells; `seed` fixes weights, shuffles and dropout.
    public static func install(into session: Session, context: BindingContext, seed: UInt64 = 0) {
        let state = BindingState(session: session, context: context, seed: seed)
        state.registerTensor()
        state.registerLayers()
        state.registerPreprocessing()
        state.registerVocabulary()
        state.registerModel()
        state.registerData()
        state.registerPlots()
    }

    /// A rich output for a displayed engine value (a model shows its summary), or nil.
    public static func displayOutput(for value: Value, in session: Session) -> CellOutput? {
        guard case .host(let object) = value, let model = object.payload as? Sequential,
              let summary = try? model.summaryData() else { return nil }
        return .modelSummary(BindingState.plain(summary))
    }
}
