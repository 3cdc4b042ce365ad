import Engine
import Interpreter
import NotebookModel

/// Registers the engine's names (Tensor, Sequential, Dense, plot…) in an interpreter session.
public enum EngineBindings {
    /// Makes the engine reachable from the session's cells; `seed` fixes weights, shuffles and dropout.
    @discardableResult
    public static func install(into session: Session, context: BindingContext, seed: UInt64 = 0) -> EngineSessionState {
        let state = BindingState(session: session, context: context, seed: seed)
        state.registerTensor()
        state.registerLayers()
        state.registerPreprocessing()
        state.registerVocabulary()
        state.registerModel()
        state.registerData()
        state.registerPlots()
        return EngineSessionState(state)
    }

    /// A rich output for a displayed engine value (a model shows its summary), or nil.
    public static func displayOutput(for value: Value, in session: Session) -> CellOutput? {
        guard case .host(let object) = value, let model = object.payload as? Sequential,
              let summary = try? model.summaryData() else { return nil }
        return .modelSummary(BindingState.plain(summary))
    }
}

/// The engine's notebook-wide state besides the session's globals: the random stream and the
/// default-name counter. A live notebook saves it around each cell so a re-run cell starts
/// where a full run would have.
public final class EngineSessionState {
    /// The state at one point of a run; equal snapshots mean the same numbers and names follow.
    public struct Snapshot: Equatable {
        var random: RandomGenerator
        var names: [String: Int]
    }

    private let state: BindingState

    init(_ state: BindingState) { self.state = state }

    public func capture() -> Snapshot { Snapshot(random: state.random.state, names: state.names.state) }

    public func restore(_ snapshot: Snapshot) {
        state.random.state = snapshot.random
        state.names.state = snapshot.names
    }
}
