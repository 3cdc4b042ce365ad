import SwiftSyntax

/// `super.method(…)`, `super.init(…)` and `super.property` in methods of a subclass: the
/// superclass's implementation, run on the same `self`.
extension Compiler {
    /// The class whose method is being compiled and the frame depth of its `self`.
    func enclosingClass(_ node: some SyntaxProtocol) throws -> (UserType, Int) {
        var c: FunctionContext? = ctx
        var depth = 0
        while let cur = c {
            if let t = cur.selfType, !cur.isStatic { return (t, depth) }
            c = cur.parent
            depth += 1
        }
        throw error("'super' cannot be used outside of class members", node)
    }

    func superCall(_ name: String, _ args: [CallArg], _ node: FunctionCallExprSyntax) throws -> Eval {
        let (t, depth) = try enclosingClass(node)
        guard let parent = t.superclass else { throw error("'super' members cannot be referenced in a root class", node) }
        let candidates = name == "init" ? parent.initializers : parent.methods[name] ?? []
        if name == "init", candidates.isEmpty, args.isEmpty { return { _ in .void } }
        guard let (fn, bindings) = pickOverload(candidates, args) else { throw labelMismatch(name, candidates, args, node) }
        let (evs, _) = try argumentSources(fn.params, bindings, args)
        let load = selfLoad(depth)
        let rt = self.rt
        let l = loc(node)
        let traceLine = "at \(fn.fullName) called from \(file.path):\(file.firstLine - 1 + l.line)"
        return { f in
            var vals: [Value] = []
            vals.reserveCapacity(evs.count)
            for e in evs { vals.append(try e.run(f)) }
            do {
                let result = try rt.invoke(fn, vals, self: load(f))
                if fn.isInit, fn.returnsOptional, case .none = result { throw FailedInitialization() }
                return result
            } catch var e as RunError {
                if !e.loc.isKnown { e.loc = l }
                e.callTrace.lines.append(traceLine)
                throw e
            }
        }
    }

    func superMember(_ name: String, _ node: MemberAccessExprSyntax) throws -> Eval {
        let (t, depth) = try enclosingClass(node)
        guard let parent = t.superclass else { throw error("'super' members cannot be referenced in a root class", node) }
        let load = selfLoad(depth)
        let rt = self.rt
        let l = loc(node.declName)
        if let getter = parent.computed[name]?.get {
            return { f in try rt.invoke(getter, [], self: load(f)) }
        }
        let cache = MemberCache()
        return { f in try rt.getMember(load(f), name, cache, at: l) }
    }
}
