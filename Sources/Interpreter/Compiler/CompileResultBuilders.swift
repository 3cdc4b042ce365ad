import SwiftOperators
import SwiftParser
import SwiftSyntax

/// Result builders (`@resultBuilder`, SE-0289 and SE-0348): the bodies Swift transforms — a
/// function, method or getter marked with a builder attribute (or implementing a protocol
/// requirement marked with one), and a closure passed to a parameter marked with one — are
/// rewritten by `ResultBuilderTransform` into calls of the builder's static methods and compiled
/// in their place. The generated code keeps a map back to the text it copied, so errors inside a
/// transformed body point at their own line and column.
extension Compiler {
    /// Makes the builders, builder parameters and builder requirements of a cell known before
    /// any of it is compiled.
    func registerResultBuilders(_ tree: SourceFileSyntax) {
        ResultBuilderScanner(registry: session.resultBuilders).scan(tree)
    }

    /// Whether an attribute names a result builder (not a property wrapper).
    func isResultBuilder(_ name: String) -> Bool { session.resultBuilders.isBuilder(name) }

    /// The transformed statements of a function or getter body whose declaration has a builder,
    /// and the map of their locations; nil for any other body.
    func resultBuilderBody(_ statements: CodeBlockItemListSyntax) throws -> (CodeBlockItemListSyntax, BuilderSourceMap)? {
        guard session.resultBuilders.builders.isEmpty == false, let b = builderOfBody(statements),
              !ResultBuilderTransform.hasExplicitReturn(Syntax(statements)) else { return nil }
        var t = transform(b)
        t.body(statements)
        let tree = folded(Parser.parse(source: t.out))
        return (tree.statements, BuilderSourceMap(transform: t, fallback: bodyLocation(statements)))
    }

    /// Compiles a closure passed to a builder parameter as the transformed closure; nil for any
    /// other closure.
    func resultBuilderClosure(_ c: ClosureExprSyntax, _ expected: TypeSpec?) throws -> Eval? {
        guard session.resultBuilders.builders.isEmpty == false, let b = builderOfClosure(c),
              !ResultBuilderTransform.hasExplicitReturn(Syntax(c.statements)) else { return nil }
        var t = transform(b)
        t.write("{ ")
        if let signature = c.signature { t.copy(signature) }
        t.write("\n")
        t.body(c.statements)
        t.write("}")
        let tree = folded(Parser.parse(source: t.out))
        guard let item = tree.statements.first?.item, case .expr(let e) = item,
              let rewritten = e.as(ClosureExprSyntax.self) else { throw error("cannot transform this builder closure", c) }
        return try withBuilderSourceMap(BuilderSourceMap(transform: t, fallback: bodyLocation(c.statements))) {
            try closure(rewritten, expected)
        }
    }

    /// Compiles `fn`'s transformed body when `statements` is a builder body; false otherwise.
    func compileResultBuilderBody(_ fn: Function, statements: CodeBlockItemListSyntax, parent: FunctionContext?,
                                  selfType: UserType?, isInit: Bool) throws -> Bool {
        guard let (rewritten, map) = try resultBuilderBody(statements) else { return false }
        try withBuilderSourceMap(map) {
            try compileBody(fn, statements: rewritten, parent: parent, selfType: selfType, isInit: isInit)
        }
        return true
    }

    /// Compiles generated code whose locations `map` leads back to the cell's text.
    private func withBuilderSourceMap<T>(_ map: BuilderSourceMap, _ body: () throws -> T) rethrows -> T {
        let saved = locationOverride
        locationOverride = nil
        builderSourceMaps.append(map)
        defer {
            builderSourceMaps.removeLast()
            locationOverride = saved
        }
        return try body()
    }

    /// The cell location of a position in generated code (nil outside generated code): through
    /// each enclosing transform's map back to the cell; the body's first line for the code the
    /// transform wrote itself.
    func builderLocation(_ position: AbsolutePosition) -> Loc? {
        guard let innermost = builderSourceMaps.last else { return nil }
        var offset = position.utf8Offset
        for m in builderSourceMaps.reversed() {
            guard let o = m.transform.originalOffset(offset) else { return innermost.fallback }
            offset = o
        }
        let l = conv.location(for: AbsolutePosition(utf8Offset: offset))
        return Loc(line: l.line, column: l.column, file: file)
    }

    private func transform(_ builder: String) -> ResultBuilderTransform {
        ResultBuilderTransform(builder: builder, methods: session.resultBuilders.builders[builder] ?? [])
    }

    private func folded(_ tree: SourceFileSyntax) -> SourceFileSyntax {
        let result = session.operators.foldAll(tree) { _ in }
        return result.as(SourceFileSyntax.self) ?? tree
    }

    private func bodyLocation(_ statements: CodeBlockItemListSyntax) -> Loc {
        if let first = statements.first { return loc(first) }
        return loc(statements)
    }

    // MARK: Which bodies are builder bodies

    /// The builder of a function, method or getter body: its declaration's attribute, or that of
    /// the protocol requirement it implements.
    func builderOfBody(_ statements: CodeBlockItemListSyntax) -> String? {
        let registry = session.resultBuilders
        guard let (attributes, member) = declarationOfBody(statements) else { return nil }
        if let attributes, let b = registry.builder(in: attributes) { return b }
        guard let member, let candidates = registry.requirements[member] else { return nil }
        let conformances = enclosingConformances(Syntax(statements))
        return candidates.first { conformances.contains($0.proto) }?.builder
    }

    /// The attributes and member name of the declaration a body belongs to (a function, or the
    /// variable or subscript of a getter).
    private func declarationOfBody(_ statements: CodeBlockItemListSyntax) -> (AttributeListSyntax?, String?)? {
        var node = statements.parent
        if let block = node?.as(CodeBlockSyntax.self) {
            if let f = block.parent?.as(FunctionDeclSyntax.self) { return (f.attributes, f.name.text) }
            guard let acc = block.parent?.as(AccessorDeclSyntax.self), acc.accessorSpecifier.tokenKind == .keyword(.get) else {
                return nil
            }
            if session.resultBuilders.builder(in: acc.attributes) != nil { return (acc.attributes, nil) }
            node = acc.parent?.parent
        }
        guard let accessors = node?.as(AccessorBlockSyntax.self) else { return nil }
        if let binding = accessors.parent?.as(PatternBindingSyntax.self),
           let v = binding.parent?.parent?.as(VariableDeclSyntax.self) {
            return (v.attributes, binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text)
        }
        if let s = accessors.parent?.as(SubscriptDeclSyntax.self) { return (s.attributes, nil) }
        return nil
    }

    /// The protocols named by the type or extension a member is declared in.
    private func enclosingConformances(_ node: Syntax) -> Set<String> {
        var cur = node.parent
        while let n = cur {
            if let decl = n.asProtocol(DeclGroupSyntax.self) {
                return Set(decl.inheritanceClause?.inheritedTypes.map { $0.type.trimmedDescription } ?? [])
            }
            cur = n.parent
        }
        return []
    }

    /// The builder of the parameter a closure is passed to (`f { … }`, `f(content: { … })`,
    /// `T(title: "x") { … }`), found by the callee's name.
    func builderOfClosure(_ c: ClosureExprSyntax) -> String? {
        var call: FunctionCallExprSyntax?
        var label: String?, index: Int?
        if let arg = c.parent?.as(LabeledExprSyntax.self), let list = arg.parent?.as(LabeledExprListSyntax.self) {
            call = list.parent?.as(FunctionCallExprSyntax.self)
            label = arg.label?.text
            index = list.firstIndex { $0.id == arg.id }.map { list.distance(from: list.startIndex, to: $0) }
        } else if let direct = c.parent?.as(FunctionCallExprSyntax.self), direct.trailingClosure?.id == c.id {
            call = direct
        } else if let extra = c.parent?.as(MultipleTrailingClosureElementSyntax.self) {
            call = extra.parent?.parent?.as(FunctionCallExprSyntax.self)
            label = extra.label.text
        }
        guard let call, let (name, kinds) = callee(call.calledExpression),
              let entries = session.resultBuilders.parameters[name]?.filter({ kinds.contains($0.kind) }) else { return nil }
        if let label { return entries.first { $0.label == label }?.builder }
        if let index { return entries.first { $0.label == nil && $0.index == index }?.builder }
        let used = Set(call.arguments.compactMap { $0.label?.text })
        let open = entries.filter { $0.label.map { !used.contains($0) } ?? true }
        return (open.first { $0.index >= call.arguments.count } ?? open.first)?.builder
    }

    /// The name a call's callee is known by, and what it may name: `f` a method of `self` when
    /// it resolves to one, else a function or a type (its initializers); `x.f` a method (or a
    /// nested type).
    private func callee(_ e: ExprSyntax) -> (String, Set<ResultBuilderRegistry.BuilderParameter.Kind>)? {
        if let d = e.as(DeclReferenceExprSyntax.self) {
            switch resolve(d.baseName.text) {
            case .selfMember, .selfStatic: return (d.baseName.text, [.method])
            default: return (d.baseName.text, [.function, .initializer])
            }
        }
        if let g = e.as(GenericSpecializationExprSyntax.self) { return callee(g.expression) }
        guard let m = e.as(MemberAccessExprSyntax.self) else { return nil }
        if m.declName.baseName.tokenKind == .keyword(.`init`), let base = m.base { return callee(base).map { ($0.0, [.initializer]) } }
        return (m.declName.baseName.text, [.method, .initializer])
    }
}

/// How generated builder code maps back to the text it was written from.
struct BuilderSourceMap {
    let transform: ResultBuilderTransform
    let fallback: Loc
}
