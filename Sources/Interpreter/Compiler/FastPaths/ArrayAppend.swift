/// `xs.append(x)` on an array held in a variable or stored property: the element is appended
/// in place without building an argument array for the builtin method.
extension MutatingCallSite {
    /// `.void` once appended, or nil when the receiver is not an array (a string, a notebook
    /// type with its own `append`): then `vals` holds the evaluated argument for the general path.
    func appendInPlace(_ f: Frame, _ elementType: TypeSpec?, _ l: Loc, _ vals: inout [Value]) throws -> Value? {
        var x = try arg0.get(f)
        var done = false
        let rt = self.rt
        try access(f) { slot in
            guard case .array(var arr) = slot else { return }
            done = true
            slot = .void
            defer { slot = .array(arr) }
            if arr.count & 1023 == 1023 { try rt.checkSize(count: arr.count + 1) }
            if let elementType { x = rt.coerce(x, to: elementType) }
            arr.append(x)
        }
        if done { return .void }
        vals = [x]
        return nil
    }
}

/// A mutating builtin method (`popLast`, `removeLast`, `insert(_:at:)`, `sort`…) on a variable
/// or stored property whose declared type is a standard collection or String: it runs on the
/// storage in place, without reading the receiver out first and without copying the site's
/// lvalue and method description per call.
final class BuiltinInPlace {
    let run: (Runtime, inout Value, [Value], Loc) throws -> Value
    let elementType: TypeSpec?

    init(run: @escaping (Runtime, inout Value, [Value], Loc) throws -> Value, elementType: TypeSpec?) {
        self.run = run
        self.elementType = elementType
    }
}

extension MutatingCallSite {
    /// Runs `b` on the receiver's storage with the evaluated arguments.
    func runInPlace(_ f: Frame, _ b: BuiltinInPlace, _ vals: [Value], _ l: Loc) throws -> Value {
        let rt = self.rt
        var args = vals
        if let t = b.elementType, !args.isEmpty { args[0] = rt.coerce(args[0], to: t) }
        var result: Value = .void
        try access(f) { slot in result = try b.run(rt, &slot, args, l) }
        return result
    }
}
