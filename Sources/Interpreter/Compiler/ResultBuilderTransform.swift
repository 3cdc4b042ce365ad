import SwiftSyntax

/// The result-builder transform (SE-0289, SE-0348) as Swift source: a builder body becomes
/// ordinary statements that call the builder's static methods, which the compiler then compiles
/// like any other body. Each expression becomes a component (through `buildExpression` when
/// declared); `if`/`switch` cases are injected through a balanced tree of `buildEither` (and
/// `buildOptional` when a case may be missing); `for … in` collects `buildArray`; a block combines
/// its components with `buildBlock` or `buildPartialBlock`; the body ends in `buildFinalResult`.
struct ResultBuilderTransform {
    let builder: String
    let methods: Set<String>
    private var counter = 0
    /// The generated source, written in order.
    private(set) var out = ""
    /// Where copied source text sits: (offset in `out`, offset in the original tree, length).
    private(set) var segments: [(generated: Int, original: Int, length: Int)] = []

    init(builder: String, methods: Set<String>) {
        self.builder = builder
        self.methods = methods
    }

    /// Whether Swift leaves the body alone: it has an explicit `return` (outside nested
    /// closures and functions).
    static func hasExplicitReturn(_ node: Syntax) -> Bool {
        if node.is(ReturnStmtSyntax.self) { return true }
        if node.is(ClosureExprSyntax.self) || node.is(FunctionDeclSyntax.self) || node.is(AccessorBlockSyntax.self) {
            return false
        }
        return node.children(viewMode: .sourceAccurate).contains { hasExplicitReturn($0) }
    }

    /// Writes the statements of a transformed body, ending in the `return` of its result.
    mutating func body(_ items: CodeBlockItemListSyntax) {
        let result = block(items)
        let final = methods.contains("buildFinalResult") ? "\(builder).buildFinalResult(\(result))" : result
        out += "return \(final)\n"
    }

    /// The original position of an offset in the generated source, if it lies in copied text.
    func originalOffset(_ generated: Int) -> Int? {
        for s in segments where generated >= s.generated && generated < s.generated + s.length {
            return s.original + generated - s.generated
        }
        return nil
    }

    /// Writes generated text.
    mutating func write(_ text: String) { out += text }

    /// Writes the text of an original node, remembering where it came from.
    mutating func copy(_ node: some SyntaxProtocol) {
        let text = node.trimmedDescription
        segments.append((out.utf8.count, node.positionAfterSkippingLeadingTrivia.utf8Offset, text.utf8.count))
        out += text
    }

    private mutating func fresh() -> String {
        counter += 1
        return "__nbrunBuilder\(counter)"
    }

    /// Writes a block's statements; returns the expression combining its components.
    private mutating func block(_ items: CodeBlockItemListSyntax) -> String {
        var components: [String] = []
        for item in items {
            switch item.item {
            case .decl(let d):
                copy(d)
                out += "\n"
            case .stmt(let s):
                if let e = s.as(ExpressionStmtSyntax.self)?.expression {
                    components.append(expression(e))
                } else if let fo = s.as(ForStmtSyntax.self) {
                    components.append(forLoop(fo))
                } else if let d = s.as(DoStmtSyntax.self), d.catchClauses.isEmpty {
                    let v = fresh()
                    out += "let \(v): Any\ndo {\n"
                    let result = block(d.body.statements)
                    out += "\(v) = \(result)\n}\n"
                    components.append(v)
                } else {
                    copy(s)
                    out += "\n"
                }
            case .expr(let e):
                components.append(expression(e))
            }
        }
        return combine(components)
    }

    private mutating func expression(_ e: ExprSyntax) -> String {
        if let i = e.as(IfExprSyntax.self) { return ifChain(i) }
        if let s = e.as(SwitchExprSyntax.self) { return switchCases(s) }
        let v = fresh()
        let wrap = methods.contains("buildExpression")
        out += "let \(v) = " + (wrap ? "\(builder).buildExpression(" : "")
        copy(e)
        out += (wrap ? ")" : "") + "\n"
        return v
    }

    /// `buildBlock(c0, c1, …)`, or the `buildPartialBlock` fold when the builder declares it.
    private func combine(_ components: [String]) -> String {
        let partial = methods.contains("buildPartialBlock(first:)") && methods.contains("buildPartialBlock(accumulated:next:)")
        guard partial, let first = components.first else {
            return "\(builder).buildBlock(\(components.joined(separator: ", ")))"
        }
        var result = "\(builder).buildPartialBlock(first: \(first))"
        for c in components.dropFirst() { result = "\(builder).buildPartialBlock(accumulated: \(result), next: \(c))" }
        return result
    }

    /// `buildEither` calls that put case `index` of `count` in Swift's balanced tree: the first
    /// subtree holds the largest power of two below `count`.
    func inject(_ value: String, case index: Int, of count: Int) -> String {
        guard count > 1 else { return value }
        var k = 1
        while k * 2 < count { k *= 2 }
        if index < k { return "\(builder).buildEither(first: \(inject(value, case: index, of: k)))" }
        return "\(builder).buildEither(second: \(inject(value, case: index - k, of: count - k)))"
    }

    /// An `if`/`else if`/`else` chain: each branch's block injected as one of the chain's cases,
    /// through `buildOptional` when there is no final `else`.
    private mutating func ifChain(_ first: IfExprSyntax) -> String {
        var branches: [(conditions: ConditionElementListSyntax, body: CodeBlockSyntax)] = []
        var finalElse: CodeBlockSyntax?
        var cur: IfExprSyntax? = first
        while let i = cur {
            branches.append((i.conditions, i.body))
            cur = nil
            switch i.elseBody {
            case .ifExpr(let next)?: cur = next
            case .codeBlock(let b)?: finalElse = b
            case nil: break
            }
        }
        let v = fresh()
        let count = branches.count + (finalElse == nil ? 0 : 1)
        let optional = finalElse == nil
        out += "let \(v): Any\n"
        for (n, b) in branches.enumerated() {
            let limited = methods.contains("buildLimitedAvailability")
                && b.conditions.contains { $0.condition.is(AvailabilityConditionSyntax.self) }
            out += n == 0 ? "if " : " else if "
            copy(b.conditions)
            out += " {\n"
            branch(b.body.statements, into: v, case: n, of: count, optional: optional, limited: limited)
            out += "}"
        }
        out += " else {\n"
        if let finalElse {
            branch(finalElse.statements, into: v, case: count - 1, of: count, optional: false)
        } else {
            out += "\(v) = \(builder).buildOptional(nil)\n"
        }
        out += "}\n"
        return v
    }

    private mutating func branch(_ items: CodeBlockItemListSyntax, into v: String, case n: Int, of count: Int,
                                 optional: Bool, limited: Bool = false) {
        let result = block(items)
        var value = limited ? "\(builder).buildLimitedAvailability(\(result))" : result
        value = inject(value, case: n, of: count)
        if optional { value = "\(builder).buildOptional(\(value))" }
        out += "\(v) = \(value)\n"
    }

    /// A `switch`: its cases injected like an `if` chain with a final `else`.
    private mutating func switchCases(_ s: SwitchExprSyntax) -> String {
        let v = fresh()
        let clauses = s.cases.compactMap { element -> SwitchCaseSyntax? in
            if case .switchCase(let c) = element { return c }
            return nil
        }
        out += "let \(v): Any\nswitch "
        copy(s.subject)
        out += " {\n"
        for (n, c) in clauses.enumerated() {
            copy(c.label)
            out += "\n"
            branch(c.statements, into: v, case: n, of: clauses.count, optional: false)
        }
        out += "}\n"
        return v
    }

    /// `for … in`: each iteration's block collected, then `buildArray`.
    private mutating func forLoop(_ fo: ForStmtSyntax) -> String {
        let array = fresh(), v = fresh()
        out += "var \(array): [Any] = []\nfor "
        if let c = fo.caseKeyword { copy(c); out += " " }
        copy(fo.pattern)
        if let t = fo.typeAnnotation { copy(t) }
        out += " in "
        copy(fo.sequence)
        if let w = fo.whereClause { out += " "; copy(w) }
        out += " {\n"
        let result = block(fo.body.statements)
        out += "\(array).append(\(result))\n}\n"
        out += "let \(v) = \(builder).buildArray(\(array))\n"
        return v
    }
}
