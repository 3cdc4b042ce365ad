/// Calling compiled functions, and adapting values to declared types.
extension Runtime {
    /// Calls `fn` with arguments in parameter order (defaults already filled in).
    func invoke(_ fn: Function, _ args: [Value], self selfValue: Value? = nil) throws -> Value {
        if let native = fn.native { return try native(args) }
        var frame = try enter(fn, args, self: selfValue)
        defer { depth -= 1 }
        let result = try fn.body(frame)
        fn.recycle(&frame)
        return result
    }

    /// Calls a mutating method or one with inout parameters and returns the frame so the caller
    /// can write `self` (slot 0) and inout arguments back.
    func invokeKeepingFrame(_ fn: Function, _ args: [Value], self selfValue: Value?) throws -> (Value, Frame) {
        let frame = try enter(fn, args, self: selfValue)
        defer { depth -= 1 }
        let result = try fn.body(frame)
        return (result, frame)
    }

    @inline(__always) func enter(_ fn: Function, _ args: [Value], self selfValue: Value?) throws -> Frame {
        try pushDepth()
        let frame = fn.takeFrame()
        var k = 0
        if fn.hasSelf { frame.slots[0] = selfValue ?? .void; k = 1 }
        let params = fn.params
        for i in 0..<min(args.count, params.count) {
            frame.slots[k + i] = coerce(args[i], to: params[i].type)
        }
        if args.count < params.count {
            for i in args.count..<params.count {
                if let d = params[i].defaultValue { frame.slots[k + i] = try d(Frame.make(count: 8, parent: nil)) }
                else if params[i].variadic { frame.slots[k + i] = .array([]) }
            }
        }
        return frame
    }

    @inline(__always) func pushDepth() throws {
        depth += 1
        if depth > limits.recursionDepth {
            depth -= 1
            throw RunError(.limit, "recursion depth limit exceeded: more than \(limits.recursionDepth) nested calls")
        }
        try tick()
    }

    /// Calls any callable value (closure, function, host function value) with positional args.
    func call(_ callee: Value, _ args: [Value]) throws -> Value {
        switch callee {
        case .function(let f):
            if args.count == 1, f.params.count > 1, case .tuple(let t) = args[0], t.values.count == f.params.count {
                return try invoke(f, t.values)
            }
            return try invoke(f, args)
        case .some(let w): return try call(w, args)
        case .type(let r):
            // `T(x)` for a generic parameter bound to a standard type.
            guard case .builtin(let bn) = r.kind else { fallthrough }
            return try construct(builtin: bn, args, args.map { _ in nil }, elementType: nil, at: .unknown)
        default: throw RunError(.runtime, "cannot call value of non-function type '\(callee.typeName)'")
        }
    }

    /// Adapts a value to a declared type: Int literals to Double/Float, wrapping optionals.
    @inline(__always) func coerce(_ v: Value, to type: TypeSpec?) -> Value {
        guard let type else { return v }
        switch type {
        case .int, .bool, .string, .any, .function, .signature, .metatype, .character, .named, .generic, .applied: return v
        case .double:
            if case .int(let x) = v { return .double(Double(x)) }
            return v
        default: return coerceSlow(v, to: type)
        }
    }

    func coerceSlow(_ v: Value, to type: TypeSpec) -> Value {
        switch (type, v) {
        case (.double, .int(let x)): return .double(Double(x))
        case (.float, .int(let x)): return .float(Float(x))
        case (.float, .double(let x)): return .float(Float(x))
        case (.fixed(let k), .int(let x)): return .fixed(FixedInt(x, k))
        case (.substring, .string(let x)): return .substring(Substring(x))
        case (.optional, .none): return .none
        case (.optional(let w), .some(let x)):
            // Rebuilding `.some` allocates its box: keep it when the payload stays as it is
            // (a `Node?` argument on every recursive call).
            switch w {
            case .int, .bool, .string, .any, .function, .signature, .metatype, .character, .named, .generic, .applied: return v
            default: return .some(coerce(x, to: w))
            }
        case (.optional(let w), _): return .some(coerce(v, to: w))
        case (.array(let e), .array(let xs)):
            if needsCoercion(e), xs.contains(where: { needsChange($0, e) }) {
                return .array(xs.map { coerce($0, to: e) })
            }
            return v
        case (.dictionary(_, let e), .dictionary(let d)):
            if needsCoercion(e), d.values.contains(where: { needsChange($0, e) }) {
                let n = DictionaryBox(copying: d)
                n.values = d.values.map { coerce($0, to: e) }
                return .dictionary(n)
            }
            return v
        case (.labeledTuple(let labels, let types), .tuple(let t)) where t.values.count == labels.count:
            return .tuple(TupleBox(zip(t.values, types).map { coerce($0, to: $1) }, labels: labels))
        case (.tuple(let types), .tuple(let t)) where t.values.count == types.count:
            return .tuple(TupleBox(zip(t.values, types).map { coerce($0, to: $1) }, labels: t.labels))
        case (.set(let e), .array(let xs)):
            return .set(SetBox(xs.map { coerce($0, to: e) }))
        default: return v
        }
    }

    /// Some value could need a change to become `t` (nested collections only when their
    /// elements could: a `[[Bool]]` argument is taken as it is, not rebuilt on every call).
    private func needsCoercion(_ t: TypeSpec) -> Bool {
        switch t {
        case .double, .float, .optional, .fixed, .labeledTuple: return true
        case .array(let e): return needsCoercion(e)
        case .dictionary(_, let e): return needsCoercion(e)
        default: return false
        }
    }

    private func needsChange(_ v: Value, _ t: TypeSpec) -> Bool {
        switch (t, v) {
        case (.double, .int), (.float, .int), (.float, .double), (.fixed, .int): return true
        case (.optional, .none), (.optional, .some): return false
        case (.optional, _): return true
        case (.labeledTuple(let labels, let types), .tuple(let t)):
            return t.labels != labels || zip(t.values, types).contains { needsChange($0, $1) }
        case (.array(let e), .array(let xs)): return needsCoercion(e) && xs.contains { needsChange($0, e) }
        case (.dictionary(_, let e), .dictionary(let d)): return needsCoercion(e) && d.values.contains { needsChange($0, e) }
        default: return false
        }
    }
}

extension Runtime {
    /// `call(callee, [x])` without the argument array: the element goes straight into the
    /// closure's (recycled) frame. Builtin higher-order methods call it once per element.
    func call1(_ callee: Value, _ x: Value) throws -> Value {
        guard case .function(let fn) = callee, fn.native == nil, !fn.hasSelf, fn.params.count == 1 else {
            return try call(callee, [x])
        }
        try pushDepth()
        defer { depth -= 1 }
        fn.prepareKinds()
        // The frame without reference counting (as `UserCallSite.callOne`): a retain and
        // release per element saved. A fresh or recycled frame holds `.void`: nothing to release.
        // (Arguments go straight into the slots: a local in between costs a copy and a destroy.)
        let u = fn.takeUnmanagedFrame()
        let slots = u._withUnsafeGuaranteedRef { $0.slots }
        slots.initialize(to: ArgCoercions.apply(fn.kind0, x, self, fn, 0))
        return try runUnmanaged(fn, u)
    }

    @inline(__always) private func runUnmanaged(_ fn: Function, _ u: Unmanaged<Frame>) throws -> Value {
        do {
            let result = try u._withUnsafeGuaranteedRef { try fn.body($0) }
            fn.recycle(unmanaged: u)
            return result
        } catch {
            u.release()
            throw error
        }
    }

    /// `call(callee, [x, y])` without the argument array (comparators, `reduce`'s closure).
    func call2(_ callee: Value, _ x: Value, _ y: Value) throws -> Value {
        guard case .function(let fn) = callee, fn.native == nil, !fn.hasSelf, fn.params.count == 2 else {
            return try call(callee, [x, y])
        }
        try pushDepth()
        defer { depth -= 1 }
        fn.prepareKinds()
        let u = fn.takeUnmanagedFrame()
        let slots = u._withUnsafeGuaranteedRef { $0.slots }
        slots.initialize(to: ArgCoercions.apply(fn.kind0, x, self, fn, 0))
        (slots + 1).initialize(to: ArgCoercions.apply(fn.kind1, y, self, fn, 1))
        return try runUnmanaged(fn, u)
    }
}
