import SwiftParser
import SwiftSyntax

/// How a receiver or an argument reaches the global it starts from.
enum ReceiverPath: Hashable {
    /// The global itself: `x`.
    case direct
    /// Through its stored parts only: `x.field`, `x[i]` (changing them changes `x`).
    case stored
    /// Through the result of calling `method` on the global itself: `x.method(…).…`, and
    /// `x(…).…` as `callAsFunction`. What is done to that result changes `x` only when the
    /// result may share state with it.
    case resultOf(String)
    /// Through the result of some other call: `x.field.method(…).…`.
    case otherResult
}

/// How a cell may change a name it did not define.
enum MutationKind: Hashable {
    /// `x = …`, `x += …`, `x.field = …`, `x[i] = …`.
    case assignment
    /// `&x` passed to a function.
    case inoutArgument
    /// `x.method(…)` (`x(…)` is `callAsFunction`), with how the receiver reaches `x`.
    case methodCall(String, access: ReceiverPath)
    /// `f(x)`: a cell-defined `f` may keep or change what it is given (reference values).
    case argument(callee: String, access: ReceiverPath)
    /// `extension X { … }` changes what `X` values can do.
    case extensionOf
}

struct Mutation: Hashable {
    var name: String
    var kind: MutationKind
}

/// What a stretch of code refers to: the names it reads and the names it may change.
struct CodeFacts {
    var reads: Set<String> = []
    /// Names used after a dot (`xs.map`, `.relu`): only an extension member can be what they
    /// name, never a global of the same name.
    var memberReads: Set<String> = []
    var mutations: Set<Mutation> = []

    mutating func merge(_ other: CodeFacts) {
        reads.formUnion(other.reads)
        memberReads.formUnion(other.memberReads)
        mutations.formUnion(other.mutations)
    }
}

/// What a top-level declaration makes.
enum DefinitionKind: Equatable {
    case constant, variable, function, type, extensionMember
}

/// One cell's syntax, reduced to names: what it declares, what its top-level code reads and
/// changes, and what calling each function or type it declares would read and change.
struct CellFacts {
    var definitions: [(name: String, kind: DefinitionKind)] = []
    /// What running the cell reads and changes directly (declaring a function reads the names
    /// its body binds to, but changes nothing until it is called).
    var code = CodeFacts()
    /// What calling each declared function, type or extension member reads and changes.
    var bodies: [String: CodeFacts] = [:]
    /// What the cell's closure literals read and change: values stored from it may run them later.
    var closures = CodeFacts()
    var parsed = true

    var definedNames: Set<String> { Set(definitions.map(\.name)) }

    /// The facts of a cell's source text.
    static func make(_ text: String) -> CellFacts {
        var facts = CellFacts()
        if ParseGuard.excessiveBracketRun(in: text) != nil {
            facts.parsed = false
            return facts
        }
        let tree = ConditionalCompilation.parse(text)
        // Functions and types are visible to the whole cell; variables from their declaration on.
        var local = Set<String>()
        for item in tree.statements {
            guard case .decl(let d) = item.item else { continue }
            if d.is(FunctionDeclSyntax.self) || d.is(StructDeclSyntax.self) || d.is(ClassDeclSyntax.self)
                || d.is(EnumDeclSyntax.self) || d.is(ProtocolDeclSyntax.self) || d.is(ActorDeclSyntax.self),
               let named = d.asProtocol(NamedDeclSyntax.self) {
                local.insert(named.name.text)
            }
        }
        for item in tree.statements {
            guard case .decl(let d) = item.item else {
                facts.collect(Syntax(item), local: local)
                continue
            }
            if let v = d.as(VariableDeclSyntax.self) {
                let kind: DefinitionKind = v.bindingSpecifier.tokenKind == .keyword(.var) ? .variable : .constant
                var names: [String] = []
                for b in v.bindings { CellFacts.patternNames(b.pattern, into: &names) }
                let declFacts = facts.collect(Syntax(v), local: local)
                for name in names {
                    facts.definitions.append((name, kind))
                    // A computed or observed global runs its accessors when used.
                    if v.bindings.contains(where: { $0.accessorBlock != nil }) { facts.bodies[name, default: CodeFacts()].merge(declFacts) }
                }
                local.formUnion(names)
            } else if let e = d.as(ExtensionDeclSyntax.self) {
                let extended = CellFacts.typeName(e.extendedType)
                facts.code.reads.insert(extended)
                facts.code.mutations.insert(Mutation(name: extended, kind: .extensionOf))
                for member in e.memberBlock.members {
                    let memberFacts = facts.collectBody(Syntax(member.decl), local: local)
                    for name in CellFacts.memberNames(member.decl) {
                        facts.definitions.append((name, .extensionMember))
                        facts.bodies[name, default: CodeFacts()].merge(memberFacts)
                    }
                }
                if let clause = e.inheritanceClause { facts.collect(Syntax(clause), local: local) }
            } else if let named = d.asProtocol(NamedDeclSyntax.self) {
                let name = named.name.text
                let isFunction = d.is(FunctionDeclSyntax.self)
                let isType = !isFunction && !d.is(TypeAliasDeclSyntax.self) && !d.is(OperatorDeclSyntax.self)
                    && !d.is(PrecedenceGroupDeclSyntax.self) && !d.is(MacroDeclSyntax.self)
                facts.definitions.append((name, isFunction ? .function : isType ? .type : .constant))
                facts.bodies[name, default: CodeFacts()].merge(facts.collectBody(Syntax(d), local: local))
            } else {
                facts.collect(Syntax(d), local: local)
            }
        }
        return facts
    }

    /// Collects a declaration's body: its reads count for the cell (the compiler binds them now),
    /// its changes only for whoever calls it.
    private mutating func collectBody(_ node: Syntax, local: Set<String>) -> CodeFacts {
        let collector = ReferenceCollector(local: local)
        collector.walk(node)
        let body = collector.facts
        code.reads.formUnion(body.reads)
        code.memberReads.formUnion(body.memberReads)
        closures.merge(collector.closures)
        return body
    }

    /// Collects code that runs as the cell runs into the cell's facts.
    @discardableResult
    private mutating func collect(_ node: Syntax, local: Set<String>) -> CodeFacts {
        let collector = ReferenceCollector(local: local)
        collector.walk(node)
        code.merge(collector.facts)
        closures.merge(collector.closures)
        return collector.facts
    }

    static func patternNames(_ p: PatternSyntax, into out: inout [String]) {
        if let id = p.as(IdentifierPatternSyntax.self) { out.append(id.identifier.text) }
        if let t = p.as(TuplePatternSyntax.self) { for e in t.elements { patternNames(e.pattern, into: &out) } }
        if let v = p.as(ValueBindingPatternSyntax.self) { patternNames(v.pattern, into: &out) }
    }

    /// `Array<Int>` → `Array`, `Foo.Bar` → `Bar`.
    static func typeName(_ type: TypeSyntax) -> String {
        if let id = type.as(IdentifierTypeSyntax.self) { return id.name.text }
        if let member = type.as(MemberTypeSyntax.self) { return member.name.text }
        return type.trimmedDescription
    }

    /// The names an extension member adds (`func f`, `var a, b`, `init`, `subscript`).
    static func memberNames(_ decl: DeclSyntax) -> [String] {
        if let v = decl.as(VariableDeclSyntax.self) {
            var names: [String] = []
            for b in v.bindings { patternNames(b.pattern, into: &names) }
            return names
        }
        if decl.is(InitializerDeclSyntax.self) { return ["init"] }
        if decl.is(SubscriptDeclSyntax.self) { return ["subscript"] }
        if let named = decl.asProtocol(NamedDeclSyntax.self) { return [named.name.text] }
        return []
    }
}

/// Walks code and records every name it refers to and every place it may change a name.
final class ReferenceCollector: SyntaxVisitor {
    var facts = CodeFacts()
    /// What closure literals inside the code read and change.
    var closures = CodeFacts()
    private let local: Set<String>
    /// Names declared by the enclosing blocks, parameter lists and loops (Swift forbids using
    /// a block's local before its declaration, so a block's names are local throughout it).
    private var scopes: [Set<String>] = []
    private var closureDepth = 0

    init(local: Set<String>) {
        self.local = local
        super.init(viewMode: .sourceAccurate)
    }

    private func isLocal(_ name: String) -> Bool {
        local.contains(name) || scopes.contains { $0.contains(name) }
    }

    private func read(_ name: String, member: Bool = false) {
        if member {
            facts.memberReads.insert(name)
            if closureDepth > 0 { closures.memberReads.insert(name) }
            return
        }
        guard !isLocal(name) else { return }
        facts.reads.insert(name)
        if closureDepth > 0 { closures.reads.insert(name) }
    }

    private func mutate(_ expr: ExprSyntax, _ kind: (ReceiverPath) -> MutationKind) {
        guard let (name, access) = ReferenceCollector.root(expr), !isLocal(name) else { return }
        let m = Mutation(name: name, kind: kind(access))
        facts.mutations.insert(m)
        if closureDepth > 0 { closures.mutations.insert(m) }
    }

    override func visit(_ node: DeclReferenceExprSyntax) -> SyntaxVisitorContinueKind {
        read(node.baseName.text)
        return .visitChildren
    }

    override func visit(_ node: MemberAccessExprSyntax) -> SyntaxVisitorContinueKind {
        // Member names count too: an extension in another cell may be what provides them. The
        // name after the dot is not a reference to a global, so only the base is walked.
        read(node.declName.baseName.text, member: true)
        if let base = node.base { walk(base) }
        return .skipChildren
    }

    override func visit(_ node: IdentifierTypeSyntax) -> SyntaxVisitorContinueKind {
        read(node.name.text)
        return .visitChildren
    }

    override func visit(_ node: MemberTypeSyntax) -> SyntaxVisitorContinueKind {
        read(node.name.text, member: true)
        return .visitChildren
    }

    override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind {
        closureDepth += 1
        var names = Set<String>()
        if let signature = node.signature {
            if let clause = signature.parameterClause?.as(ClosureShorthandParameterListSyntax.self) {
                for p in clause { names.insert(p.name.text) }
            } else if let clause = signature.parameterClause?.as(ClosureParameterClauseSyntax.self) {
                for p in clause.parameters { names.insert((p.secondName ?? p.firstName).text) }
            }
        }
        scopes.append(names)
        return .visitChildren
    }

    override func visitPost(_ node: ClosureExprSyntax) {
        closureDepth -= 1
        scopes.removeLast()
    }

    override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind {
        scopes.append(Self.parameterNames(node.signature.parameterClause))
        return .visitChildren
    }

    override func visitPost(_ node: FunctionDeclSyntax) { scopes.removeLast() }

    override func visit(_ node: InitializerDeclSyntax) -> SyntaxVisitorContinueKind {
        scopes.append(Self.parameterNames(node.signature.parameterClause))
        return .visitChildren
    }

    override func visitPost(_ node: InitializerDeclSyntax) { scopes.removeLast() }

    override func visit(_ node: SubscriptDeclSyntax) -> SyntaxVisitorContinueKind {
        scopes.append(Self.parameterNames(node.parameterClause))
        return .visitChildren
    }

    override func visitPost(_ node: SubscriptDeclSyntax) { scopes.removeLast() }

    override func visit(_ node: MemberBlockSyntax) -> SyntaxVisitorContinueKind {
        // Inside a type, bare names of its members mean `self.member`.
        var names = Set<String>()
        for member in node.members { names.formUnion(CellFacts.memberNames(member.decl)) }
        scopes.append(names)
        return .visitChildren
    }

    override func visitPost(_ node: MemberBlockSyntax) { scopes.removeLast() }

    override func visit(_ node: ForStmtSyntax) -> SyntaxVisitorContinueKind {
        var names: [String] = []
        CellFacts.patternNames(node.pattern, into: &names)
        scopes.append(Set(names))
        return .visitChildren
    }

    override func visitPost(_ node: ForStmtSyntax) { scopes.removeLast() }

    override func visit(_ node: CodeBlockSyntax) -> SyntaxVisitorContinueKind {
        var names: [String] = []
        for item in node.statements { Self.declaredNames(item.item, into: &names) }
        // `if let x` and `while let x` bind `x` in their body only.
        if let parent = node.parent {
            if let ifExpr = parent.as(IfExprSyntax.self), ifExpr.body.id == node.id {
                Self.bindingNames(ifExpr.conditions, into: &names)
            } else if let whileStmt = parent.as(WhileStmtSyntax.self) {
                Self.bindingNames(whileStmt.conditions, into: &names)
            }
        }
        scopes.append(Set(names))
        return .visitChildren
    }

    override func visitPost(_ node: CodeBlockSyntax) { scopes.removeLast() }

    static func parameterNames(_ clause: FunctionParameterClauseSyntax) -> Set<String> {
        Set(clause.parameters.map { ($0.secondName ?? $0.firstName).text })
    }

    /// Names a statement of a block declares for the rest of the block.
    static func declaredNames(_ item: CodeBlockItemSyntax.Item, into names: inout [String]) {
        switch item {
        case .decl(let d):
            if let v = d.as(VariableDeclSyntax.self) {
                for b in v.bindings { CellFacts.patternNames(b.pattern, into: &names) }
            } else if let named = d.asProtocol(NamedDeclSyntax.self) {
                names.append(named.name.text)
            }
        case .stmt(let stmt):
            if let guardStmt = stmt.as(GuardStmtSyntax.self) { bindingNames(guardStmt.conditions, into: &names) }
        case .expr:
            break
        }
    }

    static func bindingNames(_ conditions: ConditionElementListSyntax, into names: inout [String]) {
        for c in conditions {
            if let binding = c.condition.as(OptionalBindingConditionSyntax.self) {
                CellFacts.patternNames(binding.pattern, into: &names)
            } else if let matching = c.condition.as(MatchingPatternConditionSyntax.self) {
                CellFacts.patternNames(matching.pattern, into: &names)
            }
        }
    }

    override func visit(_ node: InOutExprSyntax) -> SyntaxVisitorContinueKind {
        mutate(node.expression) { _ in .inoutArgument }
        return .visitChildren
    }

    override func visit(_ node: SequenceExprSyntax) -> SyntaxVisitorContinueKind {
        let elements = Array(node.elements)
        for (k, element) in elements.enumerated() where k > 0 {
            if element.is(AssignmentExprSyntax.self) {
                mutate(elements[k - 1]) { _ in .assignment }
            } else if let op = element.as(BinaryOperatorExprSyntax.self) {
                let text = op.operator.text
                read(text, member: true)
                if ReferenceCollector.isAssignment(text) {
                    mutate(elements[k - 1]) { _ in .assignment }
                } else {
                    // A cell-declared operator is a function call on its operands.
                    mutate(elements[k - 1]) { .argument(callee: text, access: $0) }
                    if k + 1 < elements.count { mutate(elements[k + 1]) { .argument(callee: text, access: $0) } }
                }
            }
        }
        return .visitChildren
    }

    override func visit(_ node: InfixOperatorExprSyntax) -> SyntaxVisitorContinueKind {
        if node.operator.is(AssignmentExprSyntax.self) {
            mutate(node.leftOperand) { _ in .assignment }
        } else if let op = node.operator.as(BinaryOperatorExprSyntax.self), ReferenceCollector.isAssignment(op.operator.text) {
            mutate(node.leftOperand) { _ in .assignment }
        }
        return .visitChildren
    }

    override func visit(_ node: FunctionCallExprSyntax) -> SyntaxVisitorContinueKind {
        if let member = node.calledExpression.as(MemberAccessExprSyntax.self) {
            if let base = member.base {
                let method = member.declName.baseName.text
                mutate(base) { .methodCall(method, access: $0) }
            }
        } else {
            // `x(…)`, `xs[0](…)`: calling a value runs its `callAsFunction`, or a closure that may
            // keep state of its own; calling a function or a type (an initializer) changes neither.
            mutate(node.calledExpression) { .methodCall("callAsFunction", access: $0) }
        }
        let callee: String?
        if let ref = node.calledExpression.as(DeclReferenceExprSyntax.self) {
            callee = ref.baseName.text
        } else if let member = node.calledExpression.as(MemberAccessExprSyntax.self) {
            callee = member.declName.baseName.text
        } else {
            callee = nil
        }
        if let callee {
            for argument in node.arguments { mutate(argument.expression) { .argument(callee: callee, access: $0) } }
        }
        return .visitChildren
    }

    /// `=`-ending operators that assign (`+=`, `<<=`), not comparisons (`==`, `<=`).
    static func isAssignment(_ op: String) -> Bool {
        op.hasSuffix("=") && !["==", "!=", "<=", ">=", "===", "!==", "~="].contains(op)
    }

    /// The global an lvalue or receiver starts from, and how: `a.b[1].c` → `a`, stored;
    /// `a.f(x).g` → `a`, the result of `f`.
    static func root(_ expr: ExprSyntax) -> (String, ReceiverPath)? {
        var e = expr
        var steps = 0
        // The call nearest the root: what follows it acts on its result.
        var innermostCall: FunctionCallExprSyntax?
        while true {
            if let d = e.as(DeclReferenceExprSyntax.self) {
                let name = d.baseName.text
                guard steps > 0 else { return (name, .direct) }
                guard let call = innermostCall else { return (name, .stored) }
                let callee = unwrapped(call.calledExpression)
                if callee.is(DeclReferenceExprSyntax.self) { return (name, .resultOf("callAsFunction")) }
                if let m = callee.as(MemberAccessExprSyntax.self), let base = m.base, unwrapped(base).is(DeclReferenceExprSyntax.self) {
                    return (name, .resultOf(m.declName.baseName.text))
                }
                return (name, .otherResult)
            }
            if let m = e.as(MemberAccessExprSyntax.self), let base = m.base { e = base; steps += 1; continue }
            if let s = e.as(SubscriptCallExprSyntax.self) { e = s.calledExpression; steps += 1; continue }
            if let c = e.as(FunctionCallExprSyntax.self) { innermostCall = c; e = c.calledExpression; steps += 1; continue }
            if let f = e.as(ForceUnwrapExprSyntax.self) { e = f.expression; continue }
            if let o = e.as(OptionalChainingExprSyntax.self) { e = o.expression; continue }
            if let t = e.as(TupleExprSyntax.self), t.elements.count == 1, let only = t.elements.first { e = only.expression; continue }
            return nil
        }
    }

    /// `x!`, `x?`, `(x)` → `x`.
    static func unwrapped(_ expr: ExprSyntax) -> ExprSyntax {
        var e = expr
        while true {
            if let f = e.as(ForceUnwrapExprSyntax.self) { e = f.expression; continue }
            if let o = e.as(OptionalChainingExprSyntax.self) { e = o.expression; continue }
            if let t = e.as(TupleExprSyntax.self), t.elements.count == 1, let only = t.elements.first { e = only.expression; continue }
            return e
        }
    }
}
