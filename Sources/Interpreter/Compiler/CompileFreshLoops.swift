import SwiftSyntax

/// Loops whose body creates closures: each iteration runs in a fresh frame (child of the
/// enclosing one), so a closure captures that iteration's loop variable and body locals, as in
/// Swift. Loops without closures keep every iteration in the enclosing frame (no allocation).
extension Compiler {
    /// Whether a loop needs fresh per-iteration variables: a closure or nested function in it
    /// names a variable the loop declares (its pattern, or a binding in its body). Closures that
    /// use only outer variables (`xs.map { $0 * scale }`) keep the fast shared frame.
    func loopNeedsFreshScope(_ parts: [Syntax?]) -> Bool {
        var declared: Set<String> = []
        var used: Set<String> = []
        func walk(_ n: Syntax, inClosure: Bool) {
            if n.is(ClosureExprSyntax.self) || n.is(FunctionDeclSyntax.self) {
                for c in n.children(viewMode: .sourceAccurate) { walk(c, inClosure: true) }
                return
            }
            if inClosure {
                if let d = n.as(DeclReferenceExprSyntax.self) { used.insert(d.baseName.text) }
                // `if let x { … }` inside a closure reads the outer `x`.
                if let b = n.as(OptionalBindingConditionSyntax.self), b.initializer == nil,
                   let id = b.pattern.as(IdentifierPatternSyntax.self) {
                    used.insert(id.identifier.text)
                }
            } else if let id = n.as(IdentifierPatternSyntax.self) {
                declared.insert(id.identifier.text)
            }
            for c in n.children(viewMode: .sourceAccurate) { walk(c, inClosure: inClosure) }
        }
        for case let p? in parts { walk(p, inClosure: false) }
        return !declared.isDisjoint(with: used)
    }

    /// Compiles loop parts in an iteration scope: a context one frame below the current one
    /// that sees the enclosing loops (for labeled break/continue) and return type. Returns the
    /// result and the iteration frame's slot count.
    func inIterationScope<T>(_ body: () throws -> T) rethrows -> (T, Int) {
        let outer = ctx
        let sc = FunctionContext(parent: outer, name: outer.name)
        sc.returnType = outer.returnType
        sc.loops = outer.loops
        let result = try withFunction(sc, body)
        return (result, sc.slotCount)
    }

    func freshForLoop(_ fo: ForStmtSyntax, label: String?) throws -> Exec {
        let seq = try expr(fo.sequence)
        let id = pushLoop(label)
        defer { ctx.loops.removeLast() }
        let ((bind, matcher, whereCond, body), count) = try inIterationScope { () throws -> ((Frame, Value) throws -> Void, Matcher?, ((Frame) throws -> Bool)?, Exec) in
            var bind: (Frame, Value) throws -> Void = { _, _ in }
            var matcher: Matcher?
            if fo.caseKeyword != nil {
                matcher = try pattern(fo.pattern, binding: false)
            } else if !fo.pattern.is(WildcardPatternSyntax.self) {
                bind = try patternBinder(fo.pattern, type: nil, mutable: false)
            }
            let w = try fo.whereClause.map { try condition($0.condition) }
            return (bind, matcher, w, try block(fo.body.statements))
        }
        let rt = self.rt
        let l = loc(fo.sequence)
        return { f in
            let v = try seq(f)
            var result: Flow = .normal
            try rt.iterate(v, at: l) { item in
                try rt.tick()
                let it = Frame.make(count: count, parent: f)
                if let m = matcher {
                    if !(try m(it, item)) { return true }
                } else {
                    try bind(it, item)
                }
                if let w = whereCond, !(try w(it)) { return true }
                return Compiler.continues(try body(it), loop: id, iteration: it, outer: f, result: &result)
            }
            return result
        }
    }

    func freshWhileLoop(_ w: WhileStmtSyntax, label: String?) throws -> Exec {
        let id = pushLoop(label)
        defer { ctx.loops.removeLast() }
        let ((cond, body), count) = try inIterationScope { () throws -> ((Frame) throws -> Bool, Exec) in
            (try conditions(w.conditions), try block(w.body.statements))
        }
        let rt = self.rt
        return { f in
            var result: Flow = .normal
            while true {
                let it = Frame.make(count: count, parent: f)
                guard try cond(it) else { break }
                try rt.tick()
                if !Compiler.continues(try body(it), loop: id, iteration: it, outer: f, result: &result) { break }
            }
            return result
        }
    }

    func freshRepeatLoop(_ r: RepeatStmtSyntax, label: String?) throws -> Exec {
        let id = pushLoop(label)
        defer { ctx.loops.removeLast() }
        let (body, count) = try inIterationScope { try block(r.body.statements) }
        let cond = try condition(r.condition)
        let rt = self.rt
        return { f in
            var result: Flow = .normal
            repeat {
                try rt.tick()
                let it = Frame.make(count: count, parent: f)
                if !Compiler.continues(try body(it), loop: id, iteration: it, outer: f, result: &result) { break }
            } while try cond(f)
            return result
        }
    }

    /// Interprets how one iteration ended: true to go on with the next one; otherwise `result`
    /// is the loop's flow (a `return` hands its value from the iteration frame to the outer one).
    static func continues(_ flow: Flow, loop id: Int, iteration: Frame, outer: Frame, result: inout Flow) -> Bool {
        switch flow {
        case .normal: return true
        case .breakLoop(let t):
            if t != id { result = .breakLoop(t) }
            return false
        case .continueLoop(let t):
            if t == id { return true }
            result = .continueLoop(t)
            return false
        case .returned:
            outer.ret = iteration.ret
            result = .returned
            return false
        }
    }
}
