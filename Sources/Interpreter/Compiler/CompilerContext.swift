/// Compile-time scopes: where each name lives (frame slot, global box, member of `self`).

typealias Eval = (Frame) throws -> Value
typealias Exec = (Frame) throws -> Flow
/// Applies a modification to a storage location in place.
typealias Access = (Frame, (inout Value) throws -> Void) throws -> Void

/// A compiled statement with its location. Closures kept in arrays are wrapped in this struct
/// so they keep their native calling convention (an array of bare closures stores them
/// reabstracted, and every call then goes through a conversion thunk).
struct Stmt {
    let run: Exec
    let loc: Loc
    init(_ run: @escaping Exec, _ loc: Loc) {
        self.run = run
        self.loc = loc
    }
}

/// An expression evaluator kept in an array (see `Stmt` for why it is wrapped).
struct EvalRef {
    let run: Eval
    init(_ run: @escaping Eval) { self.run = run }
}

/// A compiled condition kept in an array (see `Stmt`).
struct CondRef {
    let run: (Frame) throws -> Bool
    init(_ run: @escaping (Frame) throws -> Bool) { self.run = run }
}

/// How a statement ended: normally, by `break`/`continue` (to the loop with that id) or `return`.
enum Flow {
    case normal
    case breakLoop(Int)
    case continueLoop(Int)
    case returned
}

/// A local variable's slot in its function's frame.
struct Local {
    var slot: Int
    var type: TypeSpec?
    var mutable: Bool
    /// Set for a computed, observed, lazy or wrapped local (read and written through it).
    var accessor: AccessorVar?
}

/// A top-level variable of the session.
final class GlobalVar {
    let box: Box
    var type: TypeSpec?
    let mutable: Bool
    /// Set for a computed, observed, lazy or wrapped global (read and written through it).
    var accessor: AccessorVar?
    init(box: Box, type: TypeSpec?, mutable: Bool) {
        self.box = box
        self.type = type
        self.mutable = mutable
    }
}

/// One function (or closure, method, cell top level) being compiled.
final class FunctionContext {
    let parent: FunctionContext?
    var scopes: [[String: Local]] = [[:]]
    var slotCount = 0
    var selfType: UserType?
    /// Generic parameters of the function being compiled (`func largest<T>`).
    var genericNames: [String] = []
    /// For each generic parameter, the slot and declared type of the argument it is read from.
    var genericSources: [String: (Int, TypeSpec)] = [:]
    var isMutating = false
    var isInit = false
    var isStatic = false
    var isTopLevel = false
    var returnType: TypeSpec?
    var name: String
    /// Enclosing loops and switches, innermost last.
    var loops: [(label: String?, id: Int, isSwitch: Bool)] = []
    /// Highest `$n` used by a closure without a signature.
    var shorthandCount = 0
    var shorthandSlots: [Int] = []
    /// While the later patterns of `case let .a(x), let .b(x):` compile: a name bound again
    /// gets the slot the first pattern gave it, so the body reads it whichever pattern matched.
    var sharesBindings = false

    init(parent: FunctionContext?, name: String) {
        self.parent = parent
        self.name = name
    }

    /// True at a cell's outermost scope, where declarations become session globals.
    var atGlobalScope: Bool { isTopLevel && scopes.count == 1 }

    func allocate() -> Int {
        slotCount += 1
        return slotCount - 1
    }

    func declare(_ name: String, type: TypeSpec?, mutable: Bool) -> Local {
        if sharesBindings, let existing = scopes[scopes.count - 1][name] { return existing }
        let l = Local(slot: allocate(), type: type, mutable: mutable)
        scopes[scopes.count - 1][name] = l
        return l
    }

    func lookupLocal(_ name: String) -> Local? {
        for s in scopes.reversed() { if let l = s[name] { return l } }
        return nil
    }
}

/// Where a variable reference points.
enum VarRef {
    case local(depth: Int, Local)
    case global(GlobalVar)

    var type: TypeSpec? {
        switch self {
        case .local(_, let l): return l.type
        case .global(let g): return g.type
        }
    }
    var mutable: Bool {
        switch self {
        case .local(_, let l): return l.mutable
        case .global(let g): return g.mutable
        }
    }
}
