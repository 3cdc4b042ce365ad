import SwiftSyntax

// Method call sites: the cache of the method chosen per receiver type, and in-place mutating calls.

/// Per-call-site cache of the method chosen for the last receiver type.
final class MethodCache {
    var type: UserType?
    var fn: Function?
    var bindings: [ArgBinding] = []
    /// The bindings take the arguments as they are (no defaults, variadics or reordering).
    var identity = false
    /// Set for a mutating struct method taking the arguments as they are (the in-place fast
    /// path): everything that path needs in one immutable object, read once per call.
    var resolved: ResolvedMethod?
    /// Set for a non-mutating method of a struct or class taking the arguments as they are.
    var direct: ResolvedMethod?

    func lookup(_ t: UserType, _ name: String, _ labels: [String?], _ trailing: [Bool], in registry: TypeRegistry,
                receiver: Value, values: [Value]? = nil, at l: Loc) throws -> (Function, [ArgBinding])? {
        if t === type, let fn { return (fn, bindings) }
        guard let candidates = name == "init" ? t.initializers : registry.methods(t, name, for: receiver) else { return nil }
        if candidates.count > 1, let values, let rt = t.runtime,
           let typed = Self.typedOverload(candidates, labels, trailing, values, rt) {
            // Overloads told apart by parameter type (`append(_ value: T)`, `append(_ list: List)`):
            // chosen per call from the values, so the site does not remember one.
            return typed
        }
        for fn in candidates.reversed() {
            let shapes = fn.params.map(\.shape)
            if let b = matchArguments(shapes, labels: labels, trailing: trailing) {
                type = t
                self.fn = fn
                bindings = b
                identity = b.count == labels.count && b.enumerated().allSatisfy { i, x in
                    if case .arg(let k) = x { return k == i }
                    return false
                }
                let fast = identity && fn.isMutating && t.kind == .structure && fn.native == nil && fn.hasSelf
                resolved = fast ? ResolvedMethod(type: t, fn: fn) : nil
                let plain = identity && !fn.isMutating && (t.kind == .structure || t.kind == .classType) && fn.native == nil && fn.hasSelf
                direct = plain ? ResolvedMethod(type: t, fn: fn) : nil
                return (fn, b)
            }
        }
        // `c.index(i, offsetBy: 2)` beside the type's own `index(after:)`: a Collection default.
        if Runtime.collectionDefaults.contains(name) { return nil }
        let given = name + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
        throw RunError(.runtime, "no method '\(given)' in '\(t.name)'", at: l)
    }

    /// Among several overloads taking these labels, the latest declared whose parameter types
    /// the values have; nil when the labels alone decide (one fits) or none fits by type.
    private static func typedOverload(_ candidates: [Function], _ labels: [String?], _ trailing: [Bool], _ values: [Value],
                                      _ rt: Runtime) -> (Function, [ArgBinding])? {
        var fitting: [(Function, [ArgBinding])] = []
        for fn in candidates.reversed() {
            if let b = matchArguments(fn.params.map(\.shape), labels: labels, trailing: trailing) { fitting.append((fn, b)) }
        }
        guard fitting.count > 1 else { return nil }
        return fitting.first { fn, b in
            zip(fn.params, b).allSatisfy { p, binding in
                guard case .arg(let i) = binding, i < values.count, let t = p.type else { return true }
                return rt.isType(values[i], t)
            }
        }
    }
}

extension Runtime {
    /// Orders positional call values by parameter, filling defaults and variadic arrays.
    func applyBindings(_ bindings: [ArgBinding], _ params: [Param], _ vals: [Value]) throws -> [Value] {
        var out: [Value] = []
        out.reserveCapacity(bindings.count)
        for (b, p) in zip(bindings, params) {
            switch b {
            case .arg(let i): out.append(vals[i])
            case .variadic(let idxs): out.append(.array(idxs.map { vals[$0] }))
            case .defaulted: out.append(try p.defaultValue?(Frame.make(count: 8, parent: nil)) ?? .void)
            }
        }
        return out
    }

    /// `value(args)` on a value whose type declares `callAsFunction` (a host value such as a
    /// learning-rate schedule, or a notebook type); nil when it declares none.
    func callAsFunction(_ callee: Value, _ labels: [String?], _ trailing: [Bool], _ vals: [Value], at l: Loc) throws -> Value? {
        switch callee {
        case .host(let h):
            guard let fs = h.type.methods["callAsFunction"] else { return nil }
            return try callHost(fs, labels, trailing, vals, receiver: callee, at: l, catchable: false, what: "callAsFunction")
        case .structure(let inst), .object(let inst):
            guard inst.type.methods["callAsFunction"] != nil else { return nil }
            return try call(try getMember(callee, "callAsFunction", MemberCache(), at: l), vals)
        default: return nil
        }
    }

    /// Calls a host overload chosen at run time (methods of host values).
    func callHost(_ fs: [HostFunction], _ labels: [String?], _ trailing: [Bool], _ vals: [Value], receiver: Value?,
                  at l: Loc, catchable: Bool, what: String) throws -> Value {
        if let (hf, b) = chooseHostOverload(fs, labels: labels, trailing: trailing) {
            var out: [Value] = []
            for (p, bind) in zip(hf.params, b) {
                switch bind {
                case .arg(let i): out.append(vals[i])
                case .variadic(let idxs): out.append(.array(idxs.map { vals[$0] }))
                case .defaulted: out.append(p.defaultValue ?? Value.none)
                }
            }
            return try hostCall(l, catchable: catchable) { try hf.body(HostCall(arguments: out, receiver: receiver, session: session)) }
        }
        let given = what + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
        throw RunError(.runtime, "no '\(given)' candidates", at: l)
    }
}

/// A method chosen at a call site, with its parameter types to coerce to (nil: none needed).
final class ResolvedMethod {
    let type: UserType
    let fn: Function
    let coercions: ArgCoercions

    init(type: UserType, fn: Function) {
        self.type = type
        self.fn = fn
        self.coercions = ArgCoercions(fn.argTypes)
    }
}

/// The in-place call of a mutating struct method on a variable, array element or property (see
/// `methodCall`), kept in one object so the per-call work reads few captured values.
final class MutatingCallSite {
    let cache: MethodCache
    let access: Access
    let arg0: Operand
    let args: [Operand]
    let rt: Runtime
    let trace: String
    /// Member lookup for the general path; `extensions` is set when extensions of standard
    /// types declare a member of this name (checked before builtin members). Unowned: the
    /// session owns the registry, whose tables hold the functions that hold this site.
    unowned(unsafe) var registry: TypeRegistry
    unowned(unsafe) var extensions: TypeRegistry?
    /// `xs.append(x)` on a plain receiver: try `appendInPlace` first.
    var appends = false
    /// A mutating builtin method on a receiver declared as a standard collection or String.
    var inPlace: BuiltinInPlace?
    /// A String method that may take a Regex (`s.matches(of: re)`): look for one first.
    var takesPatterns = false

    init(cache: MethodCache, access: @escaping Access, args: [Operand], rt: Runtime, trace: String) {
        self.cache = cache
        self.access = access
        self.arg0 = args.first ?? .constant(.void)
        self.args = args
        self.rt = rt
        self.trace = trace
        self.registry = rt.session.registry
    }

    /// The method's result, or nil when the receiver is not of the cached type (then `vals`
    /// holds the evaluated arguments for the general path).
    func call(_ f: Frame, _ vals: inout [Value]) throws -> Value? {
        guard let r = cache.resolved else { return nil }
        let fn = r.fn, cachedType = r.type
        // The frame without reference counting (as in `UserCallSite`): the closure below
        // captures a trivial pointer instead of retaining the frame.
        let u = fn.takeUnmanagedFrame()
        let slots = u._withUnsafeGuaranteedRef { $0.slots }
        // A fresh or recycled frame holds `.void` in every slot: nothing to release.
        do {
            if args.count == 1 {
                (slots + 1).initialize(to: r.coercions.apply(0, try arg0.get(f), rt))
            } else {
                for i in 0..<args.count {
                    (slots + 1 + i).initialize(to: r.coercions.apply(i, try args[i].get(f), rt))
                }
            }
        } catch {
            u.release()
            throw error
        }
        var result: Value = .void
        var hit = false
        let rt = self.rt
        do {
            try access(f) { slot in
                guard slot.userType === cachedType else { return }
                hit = true
                result = try u._withUnsafeGuaranteedRef { try rt.runMutating(fn, $0, self: &slot) }
            }
        } catch let e as RunError where hit {
            u.release()
            e.callTrace.lines.append(trace)
            throw e
        } catch {
            u.release()
            throw error
        }
        if hit {
            fn.recycle(unmanaged: u)
            return result
        }
        vals = (0..<args.count).map { slots[1 + $0] }
        u.release()
        return nil
    }
}
