import SwiftSyntax

/// Compiling `deinit` declarations, and the points where released instances' `deinit` bodies run.
extension Compiler {
    /// A block that lets go of its own variables when it ends, as Swift does at the end of a
    /// scope, so a `deinit` runs there (only once some class has a `deinit`, and not when a
    /// closure may still read the variables through the frame).
    func releasingLocals(_ run: @escaping Exec, declaredAfter before: Set<String>, _ items: CodeBlockItemListSyntax) -> Exec {
        guard rt.deinits.enabled, !ctx.atGlobalScope else { return run }
        let slots = ctx.scopes[ctx.scopes.count - 1].filter { !before.contains($0.key) }.map(\.value.slot)
        guard !slots.isEmpty, !createsClosures(Syntax(items)) else { return run }
        let queue = rt.deinits, rt = self.rt
        return { f in
            let flow = try run(f)
            for s in slots { f.slots[s] = .void }
            if queue.hasPending { try queue.drain(rt) }
            return flow
        }
    }

    /// A statement (or a call) that runs the `deinit` bodies of instances released by the time
    /// it ends (a call's: the callee's locals, before the caller goes on), once some class has one.
    /// Two non-generic overloads, not one generic wrapper: a closure passed through a generic
    /// `(Frame) throws -> Result` is reabstracted, and every statement and call then ran
    /// through a pair of conversion thunks even when no class has a `deinit`.
    func drainingDeinits(_ run: @escaping Exec) -> Exec {
        guard rt.deinits.enabled else { return run }
        let queue = rt.deinits, rt = self.rt
        return { f in
            let result = try run(f)
            if queue.hasPending { try queue.drain(rt) }
            return result
        }
    }

    func drainingDeinits(_ run: @escaping Eval) -> Eval {
        guard rt.deinits.enabled else { return run }
        let queue = rt.deinits, rt = self.rt
        return { f in
            let result = try run(f)
            if queue.hasPending { try queue.drain(rt) }
            return result
        }
    }
}

extension Compiler {
    /// `deinit { … }` in a class: compiled like a method without parameters; from now on
    /// released instances of the class and its subclasses run it (see `DeinitQueue`).
    func addDeinitializer(_ d: DeinitializerDeclSyntax, to t: UserType) throws {
        let fn = Function(name: "deinit", params: [])
        fn.hasSelf = true
        fn.owner = t
        t.deinitializer = fn
        rt.deinits.enabled = true
        var classes = [t]
        while let c = classes.popLast() {
            c.deinitQueue = rt.deinits
            classes += c.subclasses
        }
        let parent = rootContext
        deferred.append { [unowned self] in try self.compileBody(fn, d.body, parent: parent, selfType: t, node: d) }
    }
}
