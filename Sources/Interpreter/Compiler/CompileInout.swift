import SwiftSyntax

/// `inout` arguments to methods and static methods (`obj.f(&x)`, `a.swapWith(&b)`,
/// `Type.f(&xs[i])`): copy in, run, copy out — the callee's parameter slots are written back to
/// the argument storage when it returns (or throws).
extension Compiler {
    func inoutMethodCall(receiver: @escaping Eval, lvalue lv: LValue?, _ name: String, _ args: [CallArg],
                         _ node: FunctionCallExprSyntax) throws -> Eval {
        let labels = args.map(\.label), trailing = args.map(\.trailing)
        var sources: [EvalRef] = []
        var targets: [(Int, LValue)] = []
        for (i, a) in args.enumerated() {
            if let io = a.expr.as(InOutExprSyntax.self) {
                let target = try lvalue(io.expression)
                targets.append((i, target))
                sources.append(EvalRef { f in try target.get(f) })
            } else {
                sources.append(EvalRef(try expr(a.expr)))
            }
        }
        let rt = self.rt
        let l = node.calledExpression.as(MemberAccessExprSyntax.self).map { loc($0.declName) } ?? loc(node)
        let cache = MethodCache()
        let registry = session.registry
        let selfAccess = lv?.access
        let trace = "at \(name) called from \(file.path):\(file.firstLine - 1 + l.line)"
        return { f in
            var vals: [Value] = []
            for s in sources { vals.append(try s.run(f)) }
            let recv = try receiver(f)
            let type: UserType
            switch recv {
            case .structure(let i), .object(let i): type = i.type
            case .enumCase(let e): type = e.type
            default: throw RunError(.runtime, "value of type '\(recv.typeName)' has no member '\(name)' taking inout arguments", at: l)
            }
            guard let (fn, bindings) = try cache.lookup(type, name, labels, trailing, in: registry, receiver: recv, at: l) else {
                throw RunError(.runtime, "value of type '\(type.name)' has no member '\(name)'", at: l)
            }
            let final = try rt.applyBindings(bindings, fn.params, vals)
            var frame: Frame?
            var result: Value = .void
            let run: (Value) throws -> Value = { selfValue in
                do {
                    let (r, fr) = try rt.invokeKeepingFrame(fn, final, self: selfValue)
                    frame = fr
                    return r
                } catch let e as RunError {
                    e.callTrace.lines.append(trace)
                    throw e
                }
            }
            if fn.isMutating, case .structure = recv, let selfAccess {
                try selfAccess(f) { slot in
                    result = try run(slot)
                    if let fr = frame { slot = fr.slots[0] }
                }
            } else {
                result = try run(recv)
            }
            if let fr = frame { try Compiler.copyOut(fr, offset: 1, bindings, targets, f) }
            return result
        }
    }

    /// `Type.f(&x)`: a static method with inout arguments.
    func staticInoutCall(_ fn: Function, _ evs: [EvalRef], _ inouts: [(Int, LValue)], self typeValue: Value) -> Eval {
        let rt = self.rt
        return { f in
            var vals: [Value] = []
            for e in evs { vals.append(try e.run(f)) }
            let (result, frame) = try rt.invokeKeepingFrame(fn, vals, self: typeValue)
            for (p, target) in inouts {
                let v = frame.slots[1 + p]
                try target.access(f) { $0 = v }
            }
            return result
        }
    }

    /// Writes the callee's inout parameters (frame slots from `offset`) back to the arguments.
    static func copyOut(_ frame: Frame, offset: Int, _ bindings: [ArgBinding], _ targets: [(Int, LValue)], _ f: Frame) throws {
        for (p, b) in bindings.enumerated() {
            guard case .arg(let ai) = b, let target = targets.first(where: { $0.0 == ai })?.1 else { continue }
            let v = frame.slots[offset + p]
            try target.access(f) { $0 = v }
        }
    }
}
