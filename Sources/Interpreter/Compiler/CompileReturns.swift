import SwiftSyntax

/// Function bodies whose `return`s are all in tail position compiled to a value-returning
/// closure directly: `if c { return a }; return b` becomes `c ? a : b`, with no `Flow` results
/// or return slot on the way.
extension Compiler {
    /// The body as one evaluator, or nil when some `return` is not in tail position (inside a
    /// loop, `switch`, `do`, `defer`, or an `if` branch that can fall through).
    func tailBody(_ items: CodeBlockItemListSyntax) throws -> Eval? {
        let list = Array(items)
        guard tailCompilable(list[...]) else { return nil }
        try hoistFunctions(items)
        return try tail(list[...])
    }

    /// True when `tail` can compile these statements (checked first so nothing is compiled twice).
    private func tailCompilable(_ items: ArraySlice<CodeBlockItemSyntax>) -> Bool {
        for (k, item) in zip(items.indices, items) {
            if case .stmt(let s) = item.item, s.is(DeferStmtSyntax.self) { return false }
            if returnStatement(item) != nil { return true }
            guard containsReturn(Syntax(item)) else { continue }
            if let g = guardStatement(item) {
                guard !containsReturn(Syntax(g.conditions)), alwaysReturns(g.body.statements),
                      tailCompilable(Array(g.body.statements)[...]) else { return false }
                continue
            }
            guard let i = ifStatement(item) else { return false }
            return tailCompilableIf(i, rest: items[(k + 1)...])
        }
        return true
    }

    private func tailCompilableIf(_ i: IfExprSyntax, rest: ArraySlice<CodeBlockItemSyntax>) -> Bool {
        ifChainCompilable(i) && tailCompilable(rest)
    }

    private func ifChainCompilable(_ i: IfExprSyntax) -> Bool {
        if containsReturn(Syntax(i.conditions)) { return false }
        guard branchCompilable(i.body.statements) else { return false }
        switch i.elseBody {
        case nil: return true
        case .codeBlock(let b)?: return branchCompilable(b.statements)
        case .ifExpr(let e)?: return ifChainCompilable(e)
        }
    }

    /// A branch either has no `return` or returns on every path.
    private func branchCompilable(_ items: CodeBlockItemListSyntax) -> Bool {
        let list = Array(items)
        if !list.contains(where: { containsReturn(Syntax($0)) }) { return true }
        return alwaysReturns(items) && tailCompilable(list[...])
    }

    /// Compiles statements from the start of `items` to the function's result.
    private func tail(_ items: ArraySlice<CodeBlockItemSyntax>) throws -> Eval {
        guard let first = items.first else { return { _ in .void } }
        let rest = items.dropFirst()
        let l = loc(first)
        if let r = returnStatement(first) {
            let v = try returnValue(r, l)
            // Unreachable statements are still compiled so their errors are reported.
            _ = try tail(rest)
            return v
        }
        if !containsReturn(Syntax(first)) {
            // A run of plain statements, then the rest.
            var plain: [Stmt] = []
            var k = items.startIndex
            while k < items.endIndex, returnStatement(items[k]) == nil, !containsReturn(Syntax(items[k])) {
                plain.append(try statement(items[k]))
                k += 1
            }
            let head = sequence(plain)
            let after = try tail(items[k...])
            return { f in
                _ = try head(f)
                return try after(f)
            }
        }
        if let g = guardStatement(first) {
            let otherwise = try withScope { try tailBlock(g.body.statements) }
            let cond = try conditions(g.conditions)
            let after = try tail(rest)
            return { f in
                let ok: Bool
                do { ok = try cond(f) } catch var err as RunError where !err.loc.isKnown { err.loc = l; throw err }
                return ok ? try after(f) : try otherwise(f)
            }
        }
        guard let i = ifStatement(first) else { throw error("internal: statement cannot be compiled as a tail", first) }
        // `if base case { return n }` with a local: its slot, to read it directly (resolved in
        // the branch's scope, which may bind it: `if let m = memo[n] { return m }`).
        var earlySlot: Int?
        let rtype = ctx.returnType
        let (cond, thenBranch) = try withScope { () throws -> ((Frame) throws -> Bool, Branch) in
            let c = try conditions(i.conditions)
            if rtype == nil || rtype == .int || rtype == .string || rtype == .bool,
               i.body.statements.count == 1, let only = i.body.statements.first, let r = returnStatement(only),
               let e = r.expression, case .slot(let s) = try operand(e, rtype) {
                earlySlot = s
            }
            return (c, try branch(i.body.statements))
        }
        let checked: (Frame) throws -> Bool = { f in
            do { return try cond(f) } catch var err as RunError where !err.loc.isKnown { err.loc = l; throw err }
        }
        // `if c { …return x }` followed by the rest: the common early exit.
        if i.elseBody == nil, case .returns(let t) = thenBranch {
            let after = try tail(rest)
            if let s = earlySlot {
                return { f in
                    let ok: Bool
                    do { ok = try cond(f) } catch var err as RunError where !err.loc.isKnown { err.loc = l; throw err }
                    return ok ? f.slots[s] : try after(f)
                }
            }
            return { f in
                let ok: Bool
                do { ok = try cond(f) } catch var err as RunError where !err.loc.isKnown { err.loc = l; throw err }
                return ok ? try t(f) : try after(f)
            }
        }
        let whole = try ifChain(checked, thenBranch, i.elseBody)
        let after = try tail(rest)
        switch whole {
        case .returns(let e): return e
        case .falls(let x): return { f in _ = try x(f); return try after(f) }
        case .mixed(let m):
            return { f in
                if let v = try m(f) { return v }
                return try after(f)
            }
        }
    }

    /// How an `if` branch ends: always by returning, never, or either (nil: fell through).
    enum Branch {
        case returns(Eval)
        case falls(Exec)
        case mixed((Frame) throws -> Value?)

        var optional: (Frame) throws -> Value? {
            switch self {
            case .returns(let e): return { f in try e(f) }
            case .falls(let x): return { f in _ = try x(f); return nil }
            case .mixed(let m): return m
            }
        }
    }

    /// A branch body in its own scope.
    private func branch(_ items: CodeBlockItemListSyntax) throws -> Branch {
        if alwaysReturns(items) { return .returns(try tailBlock(items)) }
        return .falls(try block(items))
    }

    private func ifChain(_ cond: @escaping (Frame) throws -> Bool, _ thenBranch: Branch,
                         _ elseBody: IfExprSyntax.ElseBody?) throws -> Branch {
        let elseBranch: Branch
        switch elseBody {
        case nil: elseBranch = .falls({ _ in .normal })
        case .codeBlock(let b)?: elseBranch = try withScope { try branch(b.statements) }
        case .ifExpr(let e)?:
            let l = loc(e)
            let (c, t) = try withScope { () throws -> ((Frame) throws -> Bool, Branch) in
                (try conditions(e.conditions), try branch(e.body.statements))
            }
            let checked: (Frame) throws -> Bool = { f in
                do { return try c(f) } catch var err as RunError where !err.loc.isKnown { err.loc = l; throw err }
            }
            elseBranch = try ifChain(checked, t, e.elseBody)
        }
        switch (thenBranch, elseBranch) {
        case (.returns(let a), .returns(let b)): return .returns({ f in try cond(f) ? try a(f) : try b(f) })
        case (.falls(let a), .falls(let b)): return .falls({ f in try cond(f) ? try a(f) : try b(f) })
        default:
            let a = thenBranch.optional, b = elseBranch.optional
            return .mixed({ f in try cond(f) ? try a(f) : try b(f) })
        }
    }

    /// A nested block (its own scope is opened by the caller) compiled as a tail.
    private func tailBlock(_ items: CodeBlockItemListSyntax) throws -> Eval {
        try hoistFunctions(items)
        return try tail(Array(items)[...])
    }

    private func returnValue(_ r: ReturnStmtSyntax, _ l: Loc) throws -> Eval {
        guard let e = r.expression else { return { _ in .void } }
        let t = ctx.returnType
        let ev = try operand(e, t)
        let rt = self.rt
        if t == nil || t == .int || t == .string || t == .bool {
            if case .slot(let s) = ev { return { f in f.slots[s] } }
            if (t == .int || t == .bool), case .eval(let direct) = ev, locatesOwnErrors(e) { return direct }
            return { f in
                do { return try ev.get(f) } catch var err as RunError where !err.loc.isKnown { err.loc = l; throw err }
            }
        }
        return { f in
            do { return rt.coerce(try ev.get(f), to: t) } catch var err as RunError where !err.loc.isKnown { err.loc = l; throw err }
        }
    }

    // MARK: Shape queries

    /// True when every error the expression can raise already carries a location, so it needs
    /// no wrapper adding the statement's (Int/Bool arithmetic on variables, literals and calls
    /// of notebook functions, which locate their own errors).
    func locatesOwnErrors(_ e: ExprSyntax) -> Bool {
        if isNumericLiteral(e) || e.is(BooleanLiteralExprSyntax.self) { return true }
        if let d = e.as(DeclReferenceExprSyntax.self) {
            if case .variable = resolve(d.baseName.text) { return true }
            return false
        }
        if let t = e.as(TupleExprSyntax.self), t.elements.count == 1, let only = t.elements.first, only.label == nil {
            return locatesOwnErrors(only.expression)
        }
        if let p = e.as(PrefixOperatorExprSyntax.self), p.operator.text == "-" { return locatesOwnErrors(p.expression) }
        if let inf = e.as(InfixOperatorExprSyntax.self), let op = inf.operator.as(BinaryOperatorExprSyntax.self),
           ["+", "-", "*", "/", "%", "<", ">", "<=", ">=", "==", "!="].contains(op.operator.text) {
            return locatesOwnErrors(inf.leftOperand) && locatesOwnErrors(inf.rightOperand)
        }
        if let c = e.as(FunctionCallExprSyntax.self), let d = c.calledExpression.as(DeclReferenceExprSyntax.self),
           c.trailingClosure == nil, c.additionalTrailingClosures.isEmpty, case .functions = resolve(d.baseName.text) {
            return c.arguments.allSatisfy { locatesOwnErrors($0.expression) }
        }
        return false
    }

    private func returnStatement(_ item: CodeBlockItemSyntax) -> ReturnStmtSyntax? {
        if case .stmt(let s) = item.item { return s.as(ReturnStmtSyntax.self) }
        return nil
    }

    private func guardStatement(_ item: CodeBlockItemSyntax) -> GuardStmtSyntax? {
        if case .stmt(let s) = item.item { return s.as(GuardStmtSyntax.self) }
        return nil
    }

    private func ifStatement(_ item: CodeBlockItemSyntax) -> IfExprSyntax? {
        switch item.item {
        case .expr(let e): return e.as(IfExprSyntax.self)
        case .stmt(let s): return s.as(ExpressionStmtSyntax.self)?.expression.as(IfExprSyntax.self)
        default: return nil
        }
    }

    /// True when every path through the statements ends in a `return` this compiler places in
    /// tail position.
    private func alwaysReturns(_ items: CodeBlockItemListSyntax) -> Bool {
        guard let last = items.last else { return false }
        if returnStatement(last) != nil { return true }
        guard let i = ifStatement(last) else { return false }
        return ifAlwaysReturns(i)
    }

    private func ifAlwaysReturns(_ i: IfExprSyntax) -> Bool {
        guard alwaysReturns(i.body.statements) else { return false }
        switch i.elseBody {
        case nil: return false
        case .codeBlock(let b)?: return alwaysReturns(b.statements)
        case .ifExpr(let e)?: return ifAlwaysReturns(e)
        }
    }

    /// Whether a `return` of this function occurs in the node (not counting nested closures
    /// and functions, whose returns are their own).
    func containsReturn(_ node: Syntax) -> Bool {
        if node.is(ReturnStmtSyntax.self) { return true }
        if node.is(ClosureExprSyntax.self) || node.is(FunctionDeclSyntax.self) { return false }
        for child in node.children(viewMode: .sourceAccurate) where containsReturn(child) { return true }
        return false
    }
}
