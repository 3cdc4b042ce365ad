import SwiftSyntax

/// Statements: blocks, control flow, loops, defer, throw, do/catch.
extension Compiler {
    /// Compiles a list of statements in the current scope. Nested function declarations are
    /// hoisted so they can call each other.
    func block(_ items: CodeBlockItemListSyntax) throws -> Exec {
        let declaredBefore = rt.deinits.enabled ? Set(ctx.scopes[ctx.scopes.count - 1].keys) : []
        let run = try blockBody(items)
        return releasingLocals(run, declaredAfter: declaredBefore, items)
    }

    private func blockBody(_ items: CodeBlockItemListSyntax) throws -> Exec {
        try hoistFunctions(items)
        var execs: [Stmt] = []
        var hasDefer = false
        var deferIndexes: Set<Int> = []
        for item in items {
            if case .stmt(let s) = item.item, let d = s.as(DeferStmtSyntax.self) {
                hasDefer = true
                deferIndexes.insert(execs.count)
                execs.append(Stmt(try withScope { try block(d.body.statements) }, loc(item)))
                continue
            }
            execs.append(try statement(item))
        }
        if hasDefer {
            let list = execs
            let marks = deferIndexes
            return { f in
                var pending: [Stmt] = []
                var i = 0
                let flow: Flow
                do {
                    flow = try Compiler.runUntilExit(list, marks, &pending, &i, f)
                } catch var err as RunError {
                    // A trap ends the program at once: no `defer` runs (a catchable host error unwinds).
                    if !err.loc.isKnown { err.loc = list[i].loc }
                    if err.catchable { try Compiler.runDeferred(pending, f) }
                    throw err
                } catch {
                    try Compiler.runDeferred(pending, f)
                    throw error
                }
                try Compiler.runDeferred(pending, f)
                return flow
            }
        }
        return sequence(execs)
    }

    /// Runs statements in order, stopping at the first non-normal flow. Errors without a
    /// location get the location of the statement that raised them (done here, once per block,
    /// instead of one wrapper closure per statement).
    func sequence(_ execs: [Stmt]) -> Exec {
        switch execs.count {
        case 0: return { _ in .normal }
        case 1:
            let a = execs[0].run, la = execs[0].loc
            return { f in
                do { return try a(f) } catch var err as RunError where !err.loc.isKnown {
                    err.loc = la
                    throw err
                }
            }
        case 2:
            let a = execs[0].run, b = execs[1].run
            let la = execs[0].loc, lb = execs[1].loc
            return { f in
                var l = la
                do {
                    let r = try a(f)
                    guard case .normal = r else { return r }
                    l = lb
                    return try b(f)
                } catch var err as RunError where !err.loc.isKnown {
                    err.loc = l
                    throw err
                }
            }
        case 3:
            let a = execs[0].run, b = execs[1].run, c = execs[2].run
            let la = execs[0].loc, lb = execs[1].loc, lc = execs[2].loc
            return { f in
                var l = la
                do {
                    let r = try a(f)
                    guard case .normal = r else { return r }
                    l = lb
                    let r2 = try b(f)
                    guard case .normal = r2 else { return r2 }
                    l = lc
                    return try c(f)
                } catch var err as RunError where !err.loc.isKnown {
                    err.loc = l
                    throw err
                }
            }
        default:
            // Three statements, then the rest as one (closures captured directly are called
            // without the reference counting that reading them from an array costs).
            let a = execs[0].run, b = execs[1].run, c = execs[2].run
            let la = execs[0].loc, lb = execs[1].loc, lc = execs[2].loc
            let rest = sequence(Array(execs[3...]))
            return { f in
                var l = la
                do {
                    let r = try a(f)
                    guard case .normal = r else { return r }
                    l = lb
                    let r2 = try b(f)
                    guard case .normal = r2 else { return r2 }
                    l = lc
                    let r3 = try c(f)
                    guard case .normal = r3 else { return r3 }
                } catch var err as RunError where !err.loc.isKnown {
                    err.loc = l
                    throw err
                }
                return try rest(f)
            }
        }
    }

    /// One statement and its location (errors without a more precise location get it).
    func statement(_ item: CodeBlockItemSyntax) throws -> Stmt {
        Stmt(drainingDeinits(try statementBody(item)), loc(item))
    }

    private func statementBody(_ item: CodeBlockItemSyntax) throws -> Exec {
        switch item.item {
        case .decl(let d): return try declaration(d)
        case .stmt(let s): return try stmt(s)
        case .expr(let e): return try expressionStatement(e)
        }
    }

    func expressionStatement(_ e: ExprSyntax) throws -> Exec {
        if let i = e.as(IfExprSyntax.self) { return try ifStatement(i) }
        if let s = e.as(SwitchExprSyntax.self) { return try switchStatement(s) }
        let ev = try expr(e)
        return { f in _ = try ev(f); return .normal }
    }

    func stmt(_ s: StmtSyntax) throws -> Exec {
        if let e = s.as(ExpressionStmtSyntax.self) { return try expressionStatement(e.expression) }
        if let r = s.as(ReturnStmtSyntax.self) {
            guard let e = r.expression else { return { _ in .returned } }
            let ev = try expr(e, ctx.returnType)
            let t = ctx.returnType
            let rt = self.rt
            if t == nil || t == .int || t == .string || t == .bool {
                return { f in f.ret = try ev(f); return .returned }
            }
            return { f in f.ret = rt.coerce(try ev(f), to: t); return .returned }
        }
        if let g = s.as(GuardStmtSyntax.self) { return try guardStatement(g) }
        if let w = s.as(WhileStmtSyntax.self) { return try whileLoop(w, label: nil) }
        if let r = s.as(RepeatStmtSyntax.self) { return try repeatLoop(r, label: nil) }
        if let fo = s.as(ForStmtSyntax.self) { return try forLoop(fo, label: nil) }
        if let b = s.as(BreakStmtSyntax.self) { return try breakStatement(b) }
        if let c = s.as(ContinueStmtSyntax.self) { return try continueStatement(c) }
        if let t = s.as(ThrowStmtSyntax.self) {
            let ev = try expr(t.expression)
            let l = loc(t)
            return { f in throw ThrownError(value: try ev(f), loc: l) }
        }
        if let d = s.as(DoStmtSyntax.self) { return try doStatement(d) }
        if let l = s.as(LabeledStmtSyntax.self) {
            let label = l.label.text
            if let w = l.statement.as(WhileStmtSyntax.self) { return try whileLoop(w, label: label) }
            if let r = l.statement.as(RepeatStmtSyntax.self) { return try repeatLoop(r, label: label) }
            if let fo = l.statement.as(ForStmtSyntax.self) { return try forLoop(fo, label: label) }
            if let e = l.statement.as(ExpressionStmtSyntax.self), let sw = e.expression.as(SwitchExprSyntax.self) {
                return try switchStatement(sw, label: label)
            }
            return try stmt(l.statement)
        }
        if s.is(FallThroughStmtSyntax.self) { throw unsupported("'fallthrough'", s) }
        if s.is(DeferStmtSyntax.self) { throw unsupported("'defer' here", s) }
        throw unsupported("this statement", s)
    }

    // MARK: if / guard

    func ifStatement(_ i: IfExprSyntax) throws -> Exec {
        let (cond, body) = try withScope { () throws -> ((Frame) throws -> Bool, Exec) in
            let cond = try conditions(i.conditions)
            // `if let item = …`: the binding ends with the body, as in Swift (a `deinit` runs there).
            return (cond, releasingLocals(try block(i.body.statements), declaredAfter: [], i.body.statements))
        }
        var otherwise: Exec?
        switch i.elseBody {
        case .ifExpr(let e)?: otherwise = try ifStatement(e)
        case .codeBlock(let b)?: otherwise = try withScope { try block(b.statements) }
        case nil: otherwise = nil
        }
        if let otherwise {
            return { f in try cond(f) ? try body(f) : try otherwise(f) }
        }
        return { f in try cond(f) ? try body(f) : .normal }
    }

    func guardStatement(_ g: GuardStmtSyntax) throws -> Exec {
        let otherwise = try withScope { try block(g.body.statements) }
        let cond = try conditions(g.conditions)
        let l = loc(g)
        return { f in
            if try cond(f) { return .normal }
            let r = try otherwise(f)
            if case .normal = r { throw RunError(.runtime, "'guard' body must not fall through", at: l) }
            return r
        }
    }

    // MARK: Loops

    func pushLoop(_ label: String?, isSwitch: Bool = false) -> Int {
        let id = newID()
        ctx.loops.append((label, id, isSwitch))
        return id
    }

    func whileLoop(_ w: WhileStmtSyntax, label: String?) throws -> Exec {
        if loopNeedsFreshScope([Syntax(w.conditions), Syntax(w.body)]) { return try freshWhileLoop(w, label: label) }
        let id = pushLoop(label)
        defer { ctx.loops.removeLast() }
        let (cond, body) = try withScope { () throws -> ((Frame) throws -> Bool, Exec) in
            (try conditions(w.conditions), try block(w.body.statements))
        }
        let rt = self.rt
        return { f in
            while try cond(f) {
                try rt.tick()
                switch try body(f) {
                case .normal: continue
                case .breakLoop(let t): if t == id { return .normal }; return .breakLoop(t)
                case .continueLoop(let t): if t == id { continue }; return .continueLoop(t)
                case .returned: return .returned
                }
            }
            return .normal
        }
    }

    func repeatLoop(_ r: RepeatStmtSyntax, label: String?) throws -> Exec {
        if loopNeedsFreshScope([Syntax(r.body)]) { return try freshRepeatLoop(r, label: label) }
        let id = pushLoop(label)
        defer { ctx.loops.removeLast() }
        let body = try withScope { try block(r.body.statements) }
        let cond = try condition(r.condition)
        let rt = self.rt
        return { f in
            repeat {
                try rt.tick()
                switch try body(f) {
                case .normal: break
                case .breakLoop(let t): if t == id { return .normal }; return .breakLoop(t)
                case .continueLoop(let t): if t != id { return .continueLoop(t) }
                case .returned: return .returned
                }
            } while try cond(f)
            return .normal
        }
    }

    func breakStatement(_ b: BreakStmtSyntax) throws -> Exec {
        if let label = b.label?.text {
            guard let target = ctx.loops.last(where: { $0.label == label }) else {
                throw error("cannot find label '\(label)' in scope", b)
            }
            let id = target.id
            return { _ in .breakLoop(id) }
        }
        guard let target = ctx.loops.last else {
            throw error("'break' is only allowed inside a loop, if, do, or switch", b)
        }
        let id = target.id
        return { _ in .breakLoop(id) }
    }

    func continueStatement(_ c: ContinueStmtSyntax) throws -> Exec {
        let target: (label: String?, id: Int, isSwitch: Bool)?
        if let label = c.label?.text {
            target = ctx.loops.last(where: { $0.label == label && !$0.isSwitch })
        } else {
            target = ctx.loops.last(where: { !$0.isSwitch })
        }
        guard let target else { throw error("'continue' is only allowed inside a loop", c) }
        let id = target.id
        return { _ in .continueLoop(id) }
    }

    // MARK: do / catch

    func doStatement(_ d: DoStmtSyntax) throws -> Exec {
        let body = try withScope { try block(d.body.statements) }
        if d.catchClauses.isEmpty { return body }
        var clauses: [((Frame, Value) throws -> Bool, Exec)] = []
        for clause in d.catchClauses {
            let compiled: ((Frame, Value) throws -> Bool, Exec) = try withScope {
                let matcher: (Frame, Value) throws -> Bool
                if let item = clause.catchItems.first, clause.catchItems.count == 1, let p = item.pattern {
                    let pm = try pattern(p, binding: false)
                    if let w = item.whereClause {
                        let cond = try condition(w.condition)
                        matcher = { f, v in try pm(f, v) && (try cond(f)) }
                    } else {
                        matcher = pm
                    }
                } else if clause.catchItems.isEmpty {
                    let bind = try declareVariable("error", type: nil, mutable: false, node: clause)
                    matcher = { f, v in bind(f, v); return true }
                } else if clause.catchItems.allSatisfy({ $0.pattern != nil }) {
                    // `catch VendingError.invalidSelection, VendingError.outOfStock`: any of the
                    // patterns; names bound in each are the same variables (as in `case a, b:`).
                    var alternatives: [(Frame, Value) throws -> Bool] = []
                    for (k, item) in clause.catchItems.enumerated() {
                        ctx.sharesBindings = k > 0
                        defer { ctx.sharesBindings = false }
                        let pm = try pattern(item.pattern!, binding: false)
                        if let w = item.whereClause {
                            let cond = try condition(w.condition)
                            alternatives.append { f, v in try pm(f, v) && (try cond(f)) }
                        } else {
                            alternatives.append(pm)
                        }
                    }
                    matcher = { f, v in try alternatives.contains { try $0(f, v) } }
                } else {
                    throw unsupported("several patterns in one 'catch'", clause)
                }
                return (matcher, try block(clause.body.statements))
            }
            clauses.append(compiled)
        }
        let list = clauses
        return { f in
            do {
                return try body(f)
            } catch let e as ThrownError {
                for (m, b) in list where try m(f, e.value) { return try b(f) }
                throw e
            } catch let e as RunError where e.catchable {
                let v = Value.string(e.message)
                for (m, b) in list where try m(f, v) { return try b(f) }
                throw e
            }
        }
    }
}

extension Compiler {
    /// Runs a block's statements, collecting the `defer` bodies it passes (at `marks`), until
    /// one leaves the block.
    static func runUntilExit(_ list: [Stmt], _ marks: Set<Int>, _ pending: inout [Stmt], _ i: inout Int, _ f: Frame) throws -> Flow {
        while i < list.count {
            if marks.contains(i) { pending.append(list[i]); i += 1; continue }
            let r = try list[i].run(f)
            if case .normal = r { i += 1; continue }
            return r
        }
        return .normal
    }

    /// Runs the `defer` bodies passed, last first; a trap in one ends the block with it.
    static func runDeferred(_ pending: [Stmt], _ f: Frame) throws {
        for d in pending.reversed() {
            do { _ = try d.run(f) } catch var err as RunError where !err.loc.isKnown {
                err.loc = d.loc
                throw err
            }
        }
    }
}
