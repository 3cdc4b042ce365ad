import SwiftSyntax

/// Lowers a cell's syntax tree once into Swift closures with resolved slots (no syntax walks or
/// name lookups at run time).
final class Compiler {
    let rt: Runtime
    unowned let session: Session
    let file: SourceFile
    let conv: SourceLocationConverter
    var ctx: FunctionContext
    var nextID = 1
    /// Inside `try`: host errors become catchable.
    var tryDepth = 0
    /// Set while compiling a `switch` used as a value: its cases store into this slot.
    var valueSwitchSlot: (Int, TypeSpec?)?

    // Declarations of this cell, visible while compiling it and committed when it runs.
    var pendingVars: [String: GlobalVar] = [:]
    var pendingFunctions: [String: [Function]] = [:]
    var pendingTypes: [String: UserType] = [:]
    /// Function and method bodies compiled after the cell's statements (so they see all its
    /// globals).
    var deferred: [() throws -> Void] = []
    /// Static stored properties, initialized when the cell starts.
    var staticInitializers: [() throws -> Void] = []
    var hoistedGlobalFunctions: [SyntaxIdentifier: Function] = [:]
    /// Conformances to notebook protocols declared in this cell, checked once all members are known.
    var pendingConformanceChecks: [(UserType, UserType, Loc)] = []
    /// Generic parameters in scope while a declaration's signature is built (innermost last).
    var genericScopes: [[String]] = []
    /// Types whose members are being declared (their generic parameters, aliases and nested types are in scope).
    var declaringTypes: [UserType] = []
    var pendingAliases: [String: TypeSpec] = [:]
    /// Bodies of a local computed or observed variable's accessors, compiled once its name is
    /// declared.
    var pendingLocalAccessors: [() throws -> Void] = []
    /// Where errors in compiler-written code point (see CompileFunctionReferences.swift).
    var locationOverride: Loc?
    /// Maps of the result-builder code being compiled, outermost first (CompileResultBuilders.swift).
    var builderSourceMaps: [BuilderSourceMap] = []

    init(session: Session, file: SourceFile, tree: SourceFileSyntax) {
        self.session = session
        self.rt = session.rt
        self.file = file
        self.conv = SourceLocationConverter(fileName: file.path, tree: tree)
        let top = FunctionContext(parent: nil, name: "top level")
        top.isTopLevel = true
        self.ctx = top
    }

    func newID() -> Int {
        nextID += 1
        return nextID
    }

    // MARK: Locations and errors

    func loc(_ node: some SyntaxProtocol) -> Loc {
        if let locationOverride { return locationOverride }
        if let mapped = builderLocation(node.positionAfterSkippingLeadingTrivia) { return mapped }
        let l = conv.location(for: node.positionAfterSkippingLeadingTrivia)
        return Loc(line: l.line, column: l.column, file: file)
    }

    func unsupported(_ what: String, _ node: some SyntaxProtocol) -> RunError {
        RunError(.unsupported, "\(what) is not supported in notebooks", at: loc(node))
    }

    func error(_ message: String, _ node: some SyntaxProtocol) -> RunError {
        RunError(.runtime, message, at: loc(node))
    }

    // MARK: Names

    func lookupGlobalVar(_ name: String) -> GlobalVar? {
        pendingVars[name] ?? session.vars[name]
    }

    func lookupFunctions(_ name: String) -> [Function]? {
        if let f = pendingFunctions[name] { return f }
        if pendingVars[name] != nil || pendingTypes[name] != nil { return nil }
        return session.functions[name]
    }

    func lookupType(_ name: String) -> UserType? {
        if let t = pendingTypes[name] { return t }
        if pendingVars[name] != nil || pendingFunctions[name] != nil { return nil }
        return session.types[name]
    }

    /// Resolution of a bare identifier, innermost first.
    enum Resolution {
        case variable(VarRef)
        /// A computed, observed, lazy or wrapped variable (`depth` frames up; nil: a global).
        case accessor(AccessorVar, depth: Int?)
        /// A property of `self` (`depth` frames up, in the method whose self it is).
        case selfMember(depth: Int, UserType, String)
        case selfStatic(UserType, String)
        case functions([Function])
        case userType(UserType)
        case hostFunction([HostFunction])
        case hostType(HostType)
        case hostValue(Value)
        case none
    }

    func resolve(_ name: String) -> Resolution {
        if session.protectedNames.contains(name), let host = resolveHost(name) { return host }
        var c: FunctionContext? = ctx
        var depth = 0
        while let cur = c {
            if let l = cur.lookupLocal(name) {
                if let a = l.accessor { return .accessor(a, depth: depth) }
                return .variable(.local(depth: depth, l))
            }
            if let t = cur.selfType {
                if cur.isStatic {
                    if t.hasStaticMember(name) { return .selfStatic(t, name) }
                    // An instance method named in a static context is the curried method
                    // (`static var allTests = [("testA", testA)]`).
                    if t.methods[name] != nil { return .selfStatic(t, name) }
                } else if t.hasMember(name) {
                    return .selfMember(depth: depth, t, name)
                } else if t.hasStaticMember(name), t.staticMethods[name] == nil, t.caseIndex[name] == nil {
                    return .selfStatic(t, name)
                }
            }
            c = cur.parent
            depth += 1
        }
        // Inside `extension Collection` a collection's own `count` wins over a notebook's global
        // `count(…)`, as Swift's lookup finds the type's members before the globals.
        if Self.collectionMemberNames.contains(name), lookupGlobalVar(name) != nil || lookupFunctions(name) != nil,
           let r = implicitSelfMember(name), case .selfMember(_, let t, _) = r,
           Self.collectionNames.contains(t.name) || ["String", "Substring", "Dictionary", "StringProtocol"].contains(t.name) {
            return r
        }
        if let g = lookupGlobalVar(name) {
            if let a = g.accessor { return .accessor(a, depth: nil) }
            return .variable(.global(g))
        }
        if let f = lookupFunctions(name) { return .functions(f) }
        if let t = lookupType(name) { return .userType(t) }
        if let host = resolveHost(name) { return host }
        if let r = implicitSelfMember(name) { return r }
        return .none
    }

    func resolveHost(_ name: String) -> Resolution? {
        let h = session.host
        if let f = h.functions[name] { return .hostFunction(f) }
        if let t = h.types[name] { return .hostType(t) }
        if let v = h.values[name] { return .hostValue(v) }
        return nil
    }

    /// Declares a variable in the current scope: a frame slot, or a session global at a cell's
    /// outermost scope. Returns a setter that binds the initial value.
    func declareVariable(_ name: String, type: TypeSpec?, mutable: Bool, node: some SyntaxProtocol) throws -> (Frame, Value) -> Void {
        if ctx.atGlobalScope {
            try checkProtected(name, node)
            let g = GlobalVar(box: Box(.void), type: type, mutable: mutable)
            pendingVars[name] = g
            pendingFunctions[name] = nil
            pendingTypes[name] = nil
            let s = session
            return { _, v in
                g.box.value = v
                s.commitVar(name, g)
            }
        }
        let l = ctx.declare(name, type: type, mutable: mutable)
        let slot = l.slot
        return { f, v in f.slots[slot] = v }
    }

    func checkProtected(_ name: String, _ node: some SyntaxProtocol) throws {
        if session.protectedNames.contains(name) {
            throw RunError(.unsupported, "'\(name)' is provided by the notebook and cannot be redeclared", at: loc(node))
        }
    }

    func withScope<T>(_ body: () throws -> T) rethrows -> T {
        ctx.scopes.append([:])
        defer { ctx.scopes.removeLast() }
        return try body()
    }

    // Non-generic overloads for the common results: a closure returned through a generic `T`
    // is stored reabstracted and every later call pays a conversion thunk.
    func withScope(_ body: () throws -> Exec) rethrows -> Exec {
        ctx.scopes.append([:])
        defer { ctx.scopes.removeLast() }
        return try body()
    }

    func withScope(_ body: () throws -> Eval) rethrows -> Eval {
        ctx.scopes.append([:])
        defer { ctx.scopes.removeLast() }
        return try body()
    }

    func withScope(_ body: () throws -> ((Frame) throws -> Bool, Exec)) rethrows -> ((Frame) throws -> Bool, Exec) {
        ctx.scopes.append([:])
        defer { ctx.scopes.removeLast() }
        return try body()
    }

    func withScope(_ body: () throws -> ((Frame, Value) throws -> Bool, Exec)) rethrows -> ((Frame, Value) throws -> Bool, Exec) {
        ctx.scopes.append([:])
        defer { ctx.scopes.removeLast() }
        return try body()
    }

    func withScope(_ body: () throws -> ((Frame) throws -> Bool, Branch)) rethrows -> ((Frame) throws -> Bool, Branch) {
        ctx.scopes.append([:])
        defer { ctx.scopes.removeLast() }
        return try body()
    }

    func evalInFunction(_ fc: FunctionContext, _ body: () throws -> Eval) rethrows -> Eval {
        let saved = ctx
        ctx = fc
        defer { ctx = saved }
        return try body()
    }

    func withFunction<T>(_ fc: FunctionContext, _ body: () throws -> T) rethrows -> T {
        let saved = ctx
        ctx = fc
        defer { ctx = saved }
        return try body()
    }
}

/// The text of one compiled cell, for error locations and caret lines.
final class SourceFile {
    let path: String
    let firstLine: Int
    let lines: [String]

    init(_ source: CellSource) {
        path = source.path
        firstLine = source.firstLine
        lines = source.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
