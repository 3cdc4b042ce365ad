/// Calls and property reads of members that extensions add to standard values (`5.squared()`,
/// `xs.mean`, `extension Collection { … }` defaults), chosen by `TypeRegistry`.
extension Runtime {
    /// Calls an extension method of a standard value (nil when none takes these labels); a
    /// `mutating` one runs on the storage behind `lv` in place.
    func callExtension(_ fns: [Function], _ name: String, _ labels: [String?], _ trailing: [Bool], _ vals: [Value],
                       receiver: inout Value, lvalue lv: LValue?, _ f: Frame, at l: Loc, trace: String) throws -> Value? {
        var chosen: (Function, [ArgBinding])?
        for fn in fns.reversed() {
            let shapes = fn.params.map(\.shape)
            if let b = matchArguments(shapes, labels: labels, trailing: trailing) { chosen = (fn, b); break }
        }
        // No overload fits: the builtin member of the same name (`rounded()` beside a notebook `rounded(to:)`).
        guard let (fn, bind) = chosen else { return nil }
        let args = try applyBindings(bind, fn.params, vals)
        do {
            if fn.isMutating, let lv {
                receiver = .void
                var result: Value = .void
                try lv.access(f) { slot in result = try invokeMutating(fn, args, self: &slot) }
                return result
            }
            return try invoke(fn, args, self: receiver)
        } catch let e as RunError {
            e.callTrace.lines.append(trace)
            throw e
        }
    }

    /// A member read that sees extension properties of standard values first.
    func getExtendedMember(_ v: Value, _ name: String, _ cache: MemberCache, at l: Loc) throws -> Value {
        switch v {
        case .structure, .object, .enumCase, .host, .tuple: break
        default:
            if let c = session.registry.builtinComputed(v, name) { return try invoke(c.get, [], self: v) }
            if let m = session.registry.builtinMethods(v, name)?.first { return boundMethod(m, v) }
        }
        return try getMember(v, name, cache, at: l)
    }

    /// Runs an initializer declared in an extension of a standard type (`extension String { init(…) }`).
    func constructExtension(_ fn: Function, _ args: [Value]) throws -> Value {
        var selfValue: Value = .void
        let result = try invokeMutating(fn, args, self: &selfValue)
        if fn.returnsOptional, case .none = result { return .none }
        return fn.returnsOptional ? .some(selfValue) : selfValue
    }
}
