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

    /// The statements of a transformed body, ending in the `return` of its result.
    mutating func body(_ items: CodeBlockItemListSyntax) -> String {
        let (code, result) = block(items)
        let final = methods.contains("buildFinalResult") ? "\(builder).buildFinalResult(\(result))" : result
        return code + "return \(final)\n"
    }

    private mutating func fresh() -> String {
        counter += 1
        return "__nbrunBuilder\(counter)"
    }

    /// The code of a block's statements and the expression combining its components.
    private mutating func block(_ items: CodeBlockItemListSyntax) -> (code: String, result: String) {
        var code = ""
        var components: [String] = []
        for item in items {
            switch item.item {
            case .decl(let d):
                code += d.trimmedDescription + "\n"
            case .stmt(let s):
                if let e = s.as(ExpressionStmtSyntax.self)?.expression {
                    expression(e, &code, &components)
                } else if let fo = s.as(ForStmtSyntax.self) {
                    components.append(forLoop(fo, &code))
                } else if let d = s.as(DoStmtSyntax.self), d.catchClauses.isEmpty {
                    let (inner, result) = block(d.body.statements)
                    let v = fresh()
                    code += "let \(v): Any\ndo {\n\(inner)\(v) = \(result)\n}\n"
                    components.append(v)
                } else {
                    code += s.trimmedDescription + "\n"
                }
            case .expr(let e):
                expression(e, &code, &components)
            }
        }
        return (code, combine(components))
    }

    private mutating func expression(_ e: ExprSyntax, _ code: inout String, _ components: inout [String]) {
        if let i = e.as(IfExprSyntax.self) {
            components.append(ifChain(i, &code))
        } else if let s = e.as(SwitchExprSyntax.self) {
            components.append(switchCases(s, &code))
        } else {
            let v = fresh()
            let value = methods.contains("buildExpression")
                ? "\(builder).buildExpression(\(e.trimmedDescription))" : e.trimmedDescription
            code += "let \(v) = \(value)\n"
            components.append(v)
        }
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
    private mutating func ifChain(_ first: IfExprSyntax, _ code: inout String) -> String {
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
        var text = "let \(v): Any\n"
        for (n, b) in branches.enumerated() {
            let limited = methods.contains("buildLimitedAvailability")
                && b.conditions.contains { $0.condition.is(AvailabilityConditionSyntax.self) }
            text += (n == 0 ? "if " : " else if ") + b.conditions.trimmedDescription + " {\n"
            text += branch(b.body.statements, into: v, case: n, of: count, optional: optional, limited: limited) + "}"
        }
        if let finalElse {
            text += " else {\n" + branch(finalElse.statements, into: v, case: count - 1, of: count, optional: false) + "}"
        } else {
            text += " else {\n\(v) = \(builder).buildOptional(nil)\n}"
        }
        code += text + "\n"
        return v
    }

    private mutating func branch(_ items: CodeBlockItemListSyntax, into v: String, case n: Int, of count: Int,
                                 optional: Bool, limited: Bool = false) -> String {
        let (inner, result) = block(items)
        var value = limited ? "\(builder).buildLimitedAvailability(\(result))" : result
        value = inject(value, case: n, of: count)
        if optional { value = "\(builder).buildOptional(\(value))" }
        return inner + "\(v) = \(value)\n"
    }

    /// A `switch`: its cases injected like an `if` chain with a final `else`.
    private mutating func switchCases(_ s: SwitchExprSyntax, _ code: inout String) -> String {
        let v = fresh()
        let clauses = s.cases.compactMap { element -> SwitchCaseSyntax? in
            if case .switchCase(let c) = element { return c }
            return nil
        }
        var text = "let \(v): Any\nswitch \(s.subject.trimmedDescription) {\n"
        for (n, c) in clauses.enumerated() {
            text += c.label.trimmedDescription + "\n"
            text += branch(c.statements, into: v, case: n, of: clauses.count, optional: false)
        }
        code += text + "}\n"
        return v
    }

    /// `for … in`: each iteration's block collected, then `buildArray`.
    private mutating func forLoop(_ fo: ForStmtSyntax, _ code: inout String) -> String {
        let array = fresh(), v = fresh()
        let start = fo.positionAfterSkippingLeadingTrivia.utf8Offset
        let bodyStart = fo.body.positionAfterSkippingLeadingTrivia.utf8Offset - start
        let header = String(decoding: Array(fo.trimmedDescription.utf8).prefix(bodyStart), as: UTF8.self)
        let (inner, result) = block(fo.body.statements)
        code += "var \(array): [Any] = []\n\(header){\n\(inner)\(array).append(\(result))\n}\n"
        code += "let \(v) = \(builder).buildArray(\(array))\n"
        return v
    }
}
