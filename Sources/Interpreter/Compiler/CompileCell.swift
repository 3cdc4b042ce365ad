import SwiftSyntax

/// The cell entry point: top-level statements, the displayed last expression, and the commit
/// of the cell's declarations to the session.
extension Compiler {
    func compileCell(_ tree: SourceFileSyntax) throws -> CompiledCell {
        let scanner = UnsupportedScanner(converter: conv)
        scanner.walk(tree)
        if let (msg, line, col) = scanner.found.first {
            throw RunError(.unsupported, msg, at: Loc(line: line, column: col, file: file))
        }
        registerResultBuilders(tree)
        let items = Array(tree.statements)
        try hoistFunctions(tree.statements)
        var execs: [Stmt] = []
        var last: Eval?
        let topDefers = DeferList()
        for (i, item) in items.enumerated() {
            if case .stmt(let s) = item.item, let d = s.as(DeferStmtSyntax.self) {
                execs.append(try topLevelDefer(d, into: topDefers, at: loc(item)))
                continue
            }
            if i == items.count - 1, case .expr(let e) = item.item, isDisplayable(e) {
                let ev = try expr(e)
                let l = loc(item)
                last = { f in
                    do { return try ev(f) } catch var err as RunError where !err.loc.isKnown {
                        err.loc = l
                        throw err
                    }
                }
                continue
            }
            if case .decl(let d) = item.item, d.is(FunctionDeclSyntax.self) { continue }
            execs.append(try statement(item))
        }
        while !deferred.isEmpty {
            let work = deferred
            deferred = []
            for w in work { try w() }
        }
        try checkConformances()
        let body = sequence(execs)
        let slotCount = ctx.slotCount
        let functions = pendingFunctions, types = pendingTypes, aliases = pendingAliases
        let statics = staticInitializers
        let s = session
        let lastExpr = last
        let vars = pendingVars
        let declare = {
            for (name, fs) in functions { s.functions[name] = fs; s.vars[name] = nil; s.types[name] = nil }
            for (name, t) in types { s.types[name] = t; s.vars[name] = nil; s.functions[name] = nil }
            for (name, g) in vars { s.commitVar(name, g) }
            for (name, a) in aliases { s.typeAliases[name] = a }
        }
        return CompiledCell(run: {
            for (name, fs) in functions {
                s.functions[name] = fs
                s.vars[name] = nil
                s.types[name] = nil
            }
            for (name, t) in types {
                s.types[name] = t
                s.vars[name] = nil
                s.functions[name] = nil
            }
            for (name, a) in aliases { s.typeAliases[name] = a }
            for st in statics { try st() }
            let frame = Frame.make(count: slotCount, parent: nil)
            topDefers.items = []
            let shown: Value?
            do {
                shown = try Compiler.runTopLevel(body, lastExpr, frame)
            } catch let e as RunError where !e.catchable {
                throw e
            } catch {
                try Compiler.runDeferred(topDefers.items, frame)
                throw error
            }
            try Compiler.runDeferred(topDefers.items, frame)
            return shown
        }, declare: declare)
    }

    /// Runs a cell's statements, then its displayed last expression.
    static func runTopLevel(_ body: Exec, _ lastExpr: Eval?, _ frame: Frame) throws -> Value? {
        switch try body(frame) {
        case .normal: break
        case .returned: return nil
        case .breakLoop, .continueLoop: break
        }
        guard let lastExpr else { return nil }
        let v = try lastExpr(frame)
        return v.isVoid ? nil : v
    }

    /// A `defer` at a cell's top level: its body runs when the cell's code ends.
    func topLevelDefer(_ d: DeferStmtSyntax, into list: DeferList, at l: Loc) throws -> Stmt {
        let body = Stmt(try withScope { try block(d.body.statements) }, l)
        return Stmt({ _ in list.items.append(body); return .normal }, l)
    }

    /// A last expression worth displaying: not an assignment, `if`/`switch` or a call whose
    /// value is Void (that is decided at run time).
    func isDisplayable(_ e: ExprSyntax) -> Bool {
        if e.is(IfExprSyntax.self) || e.is(SwitchExprSyntax.self) { return false }
        if let inf = e.as(InfixOperatorExprSyntax.self) {
            if inf.operator.is(AssignmentExprSyntax.self) { return false }
            if let op = inf.operator.as(BinaryOperatorExprSyntax.self), op.operator.text.hasSuffix("="),
               !["==", "!=", "<=", ">=", "===", "!=="].contains(op.operator.text) { return false }
        }
        return true
    }
}

/// The `defer` bodies a cell's top level has passed.
final class DeferList {
    var items: [Stmt] = []
}

/// Finds constructs outside the notebook subset (concurrency, macros, conformances to
/// standard protocols that need iteration or literal support…).
final class UnsupportedScanner: SyntaxVisitor {
    let converter: SourceLocationConverter
    var found: [(String, Int, Int)] = []

    /// Attributes that are accepted: they change nothing a notebook can observe, or are honoured.
    static let acceptedAttributes: Set<String> = [
        "discardableResult", "escaping", "inline", "inlinable", "usableFromInline", "frozen", "available",
        "propertyWrapper", "resultBuilder", "unknown", "autoclosure", "nonobjc", "testable", "warn_unqualified_access", "Sendable", "preconcurrency",
    ]

    init(converter: SourceLocationConverter) {
        self.converter = converter
        super.init(viewMode: .sourceAccurate)
    }

    private func flag(_ what: String, _ node: some SyntaxProtocol) {
        let l = converter.location(for: node.positionAfterSkippingLeadingTrivia)
        found.append(("\(what) is not supported in notebooks", l.line, l.column))
    }

    override func visit(_ node: InheritedTypeSyntax) -> SyntaxVisitorContinueKind {
        let name = node.type.trimmedDescription
        if UnsupportedScanner.unsupportedConformances.contains(name) { flag("conformance of notebook types to '\(name)'", node) }
        return .skipChildren
    }
    /// Standard protocols whose requirements the interpreter cannot honour for notebook types
    /// (iteration protocols, literal initialization).
    static let unsupportedConformances: Set<String> = [
        "MutableCollection", "RangeReplaceableCollection", "ExpressibleByDictionaryLiteral", "ExpressibleByNilLiteral",
        "Strideable", "RawRepresentable", "SetAlgebra", "TextOutputStreamable",
    ]
    override func visit(_ node: ActorDeclSyntax) -> SyntaxVisitorContinueKind { flag("actors", node); return .skipChildren }
    override func visit(_ node: MacroExpansionExprSyntax) -> SyntaxVisitorContinueKind {
        if !Compiler.magicLiterals.contains(node.macroName.text) { flag("macros", node) }
        return .skipChildren
    }
    override func visit(_ node: MacroExpansionDeclSyntax) -> SyntaxVisitorContinueKind { flag("macros", node); return .skipChildren }
    override func visit(_ node: MacroDeclSyntax) -> SyntaxVisitorContinueKind { flag("macros", node); return .skipChildren }
    override func visit(_ node: IfConfigDeclSyntax) -> SyntaxVisitorContinueKind { flag("'#if' blocks", node); return .skipChildren }
    override func visit(_ node: AttributeSyntax) -> SyntaxVisitorContinueKind {
        let name = node.attributeName.trimmedDescription
        // Capitalized names are property wrappers (checked when compiled).
        let wrapper = name.first?.isUppercase == true && !["MainActor", "Sendable", "GlobalActor"].contains(name)
        if !UnsupportedScanner.acceptedAttributes.contains(name) && !wrapper { flag("the attribute '@\(name)'", node) }
        return .skipChildren
    }
    override func visit(_ node: ImportDeclSyntax) -> SyntaxVisitorContinueKind {
        let name = node.path.map(\.name.text).joined(separator: ".")
        if !["Foundation", "Glibc", "Darwin", "Swift"].contains(name) { flag("import of '\(name)' (only Foundation)", node) }
        return .skipChildren
    }
}
