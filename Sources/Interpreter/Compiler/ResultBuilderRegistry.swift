import SwiftSyntax

/// The result builders a session knows (SE-0289): the `@resultBuilder` types with the `build…`
/// methods each declares, the parameters that take a builder closure, and the protocol
/// requirements whose implementations are builder bodies. Filled from each cell's syntax before
/// it is compiled, so a builder can be used above its declaration, as in Swift.
final class ResultBuilderRegistry {
    /// Builder type name → its static methods, as `buildEither(first:)`, `buildBlock`.
    var builders: [String: Set<String>] = [:]
    /// Callee name (function, method, or type for its initializers) → its builder parameters.
    var parameters: [String: [BuilderParameter]] = [:]
    /// Requirement name → the protocols declaring it with a builder attribute, and the builder.
    var requirements: [String: [(proto: String, builder: String)]] = [:]

    /// A parameter declared `@B label name: () -> T`.
    struct BuilderParameter {
        /// What the callee name names: a free function, a method, or a type's initializer.
        enum Kind { case function, method, initializer }
        let kind: Kind
        let label: String?
        let index: Int
        let builder: String
    }

    /// Whether `name` (with or without generic arguments, `Builder<Int>`) names a builder.
    func isBuilder(_ name: String) -> Bool { builders[String(name.prefix { $0 != "<" })] != nil }

    /// The first attribute of `list` that names a builder (its name without generic arguments).
    func builder(in list: AttributeListSyntax) -> String? {
        for element in list {
            guard case .attribute(let a) = element else { continue }
            let name = String(a.attributeName.trimmedDescription.prefix { $0 != "<" })
            if isBuilder(name) { return name }
        }
        return nil
    }
}

/// Collects a cell's builder types, builder parameters and builder requirements.
final class ResultBuilderScanner: SyntaxVisitor {
    let registry: ResultBuilderRegistry
    private var pendingParameters: [(callee: String, kind: ResultBuilderRegistry.BuilderParameter.Kind, label: String?, index: Int, AttributeListSyntax)] = []
    private var pendingRequirements: [(member: String, proto: String, AttributeListSyntax)] = []
    private var extensions: [(String, MemberBlockSyntax)] = []

    init(registry: ResultBuilderRegistry) {
        self.registry = registry
        super.init(viewMode: .sourceAccurate)
    }

    /// Scans `tree`; parameters and requirements are resolved once every builder of it is known.
    func scan(_ tree: some SyntaxProtocol) {
        walk(tree)
        for (name, members) in extensions where registry.isBuilder(name) {
            registry.builders[name, default: []].formUnion(ResultBuilderScanner.methods(members))
        }
        for (callee, kind, label, i, attributes) in pendingParameters {
            guard let b = registry.builder(in: attributes) else { continue }
            var list = registry.parameters[callee] ?? []
            list.removeAll { $0.kind == kind && $0.index == i && $0.label == label }
            list.append(.init(kind: kind, label: label, index: i, builder: b))
            registry.parameters[callee] = list
        }
        for (member, proto, attrs) in pendingRequirements {
            guard let b = registry.builder(in: attrs) else { continue }
            var list = registry.requirements[member] ?? []
            list.removeAll { $0.proto == proto }
            list.append((proto, b))
            registry.requirements[member] = list
        }
    }

    static func methods(_ members: MemberBlockSyntax) -> Set<String> {
        var found: Set<String> = []
        for m in members.members {
            guard let f = m.decl.as(FunctionDeclSyntax.self) else { continue }
            let labels = f.signature.parameterClause.parameters.map { $0.firstName.text }
            let name = f.name.text
            found.insert(name)
            if labels.contains(where: { $0 != "_" }) { found.insert("\(name)(\(labels.map { "\($0):" }.joined()))") }
        }
        return found
    }

    private func declareBuilder(_ attributes: AttributeListSyntax, _ name: TokenSyntax, _ members: MemberBlockSyntax) {
        let marked = attributes.contains {
            if case .attribute(let a) = $0 { return a.attributeName.trimmedDescription == "resultBuilder" }
            return false
        }
        // A later declaration of the name without the attribute is no builder any more.
        registry.builders[name.text] = marked ? ResultBuilderScanner.methods(members) : nil
    }

    override func visit(_ node: StructDeclSyntax) -> SyntaxVisitorContinueKind {
        declareBuilder(node.attributes, node.name, node.memberBlock)
        return .visitChildren
    }
    override func visit(_ node: EnumDeclSyntax) -> SyntaxVisitorContinueKind {
        declareBuilder(node.attributes, node.name, node.memberBlock)
        return .visitChildren
    }
    override func visit(_ node: ClassDeclSyntax) -> SyntaxVisitorContinueKind {
        declareBuilder(node.attributes, node.name, node.memberBlock)
        return .visitChildren
    }
    override func visit(_ node: ExtensionDeclSyntax) -> SyntaxVisitorContinueKind {
        extensions.append((node.extendedType.trimmedDescription, node.memberBlock))
        return .visitChildren
    }
    override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind {
        let inType = enclosingTypeName(node) != nil || enclosingProtocol(node) != nil
        let kind: ResultBuilderRegistry.BuilderParameter.Kind = inType ? .method : .function
        for (i, p) in node.signature.parameterClause.parameters.enumerated() where !p.attributes.isEmpty {
            pendingParameters.append((node.name.text, kind, ResultBuilderScanner.label(p), i, p.attributes))
        }
        if let proto = enclosingProtocol(node) { pendingRequirements.append((node.name.text, proto, node.attributes)) }
        return .visitChildren
    }
    override func visit(_ node: InitializerDeclSyntax) -> SyntaxVisitorContinueKind {
        guard let owner = enclosingTypeName(node) else { return .visitChildren }
        for (i, p) in node.signature.parameterClause.parameters.enumerated() where !p.attributes.isEmpty {
            pendingParameters.append((owner, .initializer, ResultBuilderScanner.label(p), i, p.attributes))
        }
        return .visitChildren
    }
    override func visit(_ node: VariableDeclSyntax) -> SyntaxVisitorContinueKind {
        if let proto = enclosingProtocol(node), let id = node.bindings.first?.pattern.as(IdentifierPatternSyntax.self) {
            pendingRequirements.append((id.identifier.text, proto, node.attributes))
        }
        memberwiseParameter(node)
        return .visitChildren
    }

    private static func label(_ p: FunctionParameterSyntax) -> String? {
        p.firstName.text == "_" ? nil : p.firstName.text
    }

    /// A struct's stored closure property with a builder attribute (`@B var content: () -> T`):
    /// the memberwise initializer's parameter of that name takes a builder closure.
    private func memberwiseParameter(_ node: VariableDeclSyntax) {
        guard !node.attributes.isEmpty, let item = node.parent?.as(MemberBlockItemSyntax.self),
              let list = item.parent?.as(MemberBlockItemListSyntax.self),
              let owner = list.parent?.parent?.as(StructDeclSyntax.self),
              let binding = node.bindings.first, binding.accessorBlock == nil,
              let id = binding.pattern.as(IdentifierPatternSyntax.self),
              binding.typeAnnotation?.type.is(FunctionTypeSyntax.self) == true else { return }
        let stored = list.prefix { $0.id != item.id }.filter {
            guard let v = $0.decl.as(VariableDeclSyntax.self) else { return false }
            return !v.modifiers.contains { $0.name.tokenKind == .keyword(.static) } && v.bindings.first?.accessorBlock == nil
        }
        pendingParameters.append((owner.name.text, .initializer, id.identifier.text, stored.count, node.attributes))
    }

    private func enclosingProtocol(_ node: some SyntaxProtocol) -> String? {
        node.parent?.parent?.parent?.parent?.as(ProtocolDeclSyntax.self)?.name.text
    }

    private func enclosingTypeName(_ node: some SyntaxProtocol) -> String? {
        guard let owner = node.parent?.parent?.parent?.parent else { return nil }
        if let s = owner.as(StructDeclSyntax.self) { return s.name.text }
        if let c = owner.as(ClassDeclSyntax.self) { return c.name.text }
        if let e = owner.as(EnumDeclSyntax.self) { return e.name.text }
        if let x = owner.as(ExtensionDeclSyntax.self) { return x.extendedType.trimmedDescription }
        return nil
    }
}
