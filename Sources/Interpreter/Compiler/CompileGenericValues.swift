import SwiftSyntax

/// Generic parameters of a function used as values (`T.zero`, `T.bitWidth`, `T(3)`,
/// `var total: T = 0`): the parameter stands for the run-time type of the argument it was
/// inferred from (the first parameter typed `T`, `[T]` or `T?`), as Swift's type checker would
/// have bound it.
extension Compiler {
    /// Where a generic parameter of an enclosing function gets its type: that function's frame
    /// (frames up), the argument's slot and the parameter's declared type.
    struct GenericSource {
        var depth: Int
        var slot: Int
        var shape: TypeSpec
        var name: String
    }

    func genericSource(_ name: String) -> GenericSource? {
        var c: FunctionContext? = ctx
        var depth = 0
        while let cur = c {
            if cur.genericNames.contains(name) {
                guard let (slot, shape) = cur.genericSources[name] else { return nil }
                return GenericSource(depth: depth, slot: slot, shape: shape, name: name)
            }
            c = cur.parent
            depth += 1
        }
        return nil
    }

    /// A generic parameter of an enclosing function.
    func isGenericParameterInScope(_ name: String) -> Bool {
        var c: FunctionContext? = ctx
        while let cur = c {
            if cur.genericNames.contains(name) { return true }
            c = cur.parent
        }
        return false
    }

    /// Records, for each generic parameter, the first parameter it can be read from.
    func recordGenericSources(_ fn: Function, in fc: FunctionContext) {
        for g in fn.genericParams {
            for p in fn.params where TypeSpec.mentionsDirectly(p.type, g) {
                if let l = fc.lookupLocal(p.name) { fc.genericSources[g] = (l.slot, p.type ?? .generic(g)) }
                break
            }
        }
    }

    /// In a method of a protocol or standard-type extension, `Self` is the type of `self` and,
    /// for collections, `Element` the type of its elements (`Self(…)`, `Element(count)`), read
    /// from the value at run time like a generic parameter.
    func recordSelfSources(_ fn: Function, in fc: FunctionContext) {
        guard fn.hasSelf, !fn.isStatic, let t = fc.selfType, t.kind == .extensionTable || t.kind == .protocolType else { return }
        if !fc.genericNames.contains("Self") {
            fc.genericNames.append("Self")
            fc.genericSources["Self"] = (0, .generic("Self"))
        }
        if Self.collectionNames.contains(t.name), !fc.genericNames.contains("Element") {
            fc.genericNames.append("Element")
            fc.genericSources["Element"] = (0, .array(.generic("Element")))
        }
    }

    /// Standard types and protocols whose extensions name their element type `Element`.
    static let collectionNames: Set<String> = [
        "Array", "ArraySlice", "Set", "Collection", "Sequence", "BidirectionalCollection", "RandomAccessCollection",
        "MutableCollection", "RangeReplaceableCollection",
    ]

    /// `T` as a value: the type it is bound to in this call.
    func genericTypeValue(_ s: GenericSource, _ node: some SyntaxProtocol) -> Eval {
        let rt = self.rt
        return { f in
            let frame = s.depth == 0 ? f : f.ancestor(s.depth)
            // Unknown from the value (an empty collection, nil, a closure's result): the
            // parameter's own name stands in, so `"\(T.self)"` prints instead of failing.
            return .type(rt.boundType(frame.slots[s.slot], s.shape, s.name) ?? TypeRef(.builtin(s.name)))
        }
    }

    /// `var total: T = 0`: the value adapted to the type `T` is bound to in this call.
    func adaptToGeneric(_ ev: @escaping Eval, _ declared: TypeSpec?) -> Eval {
        guard case .generic(let g)? = declared, let s = genericSource(g) else { return ev }
        let rt = self.rt
        return { f in
            let v = try ev(f)
            let frame = s.depth == 0 ? f : f.ancestor(s.depth)
            guard let t = rt.boundType(frame.slots[s.slot], s.shape, s.name), case .builtin(let bn) = t.kind else { return v }
            return rt.coerce(v, to: TypeSpec.named(bn, args: []))
        }
    }
}

extension TypeSpec {
    /// `T`, `[T]`, `T?` (the shapes a generic parameter can be read back from a value of).
    static func mentionsDirectly(_ t: TypeSpec?, _ g: String) -> Bool {
        switch t {
        case .generic(let n)?, .named(let n)?: return n == g
        case .array(let e)?, .optional(let e)?, .set(let e)?: return mentionsDirectly(e, g)
        case .metatype(let e)?: return mentionsDirectly(e, g)   // `_ type: E.Type`
        default: return false
        }
    }
}

extension Runtime {
    /// The type a generic parameter is bound to, read from an argument of declared type `shape`.
    func boundType(_ v: Value, _ shape: TypeSpec, _ g: String) -> TypeRef? {
        switch (shape, v) {
        case (.metatype, .type(let ref)): return ref   // `E.self` passed for `E.Type`
        case (.generic, _), (.named, _): return Runtime.typeRef(of: v)
        case (.array(let e), .array(let items)): return items.first.flatMap { boundType($0, e, g) }
        case (.set(let e), .set(let s)), (.array(let e), .set(let s)): return s.items.first.flatMap { boundType($0, e, g) }
        case (.optional(let e), .some(let w)): return boundType(w, e, g)
        case (.optional(let e), _):
            if case .none = v { return nil }
            return boundType(v, e, g)
        default: return nil
        }
    }

    /// The type of a value, as `type(of:)` names it.
    static func typeRef(of v: Value) -> TypeRef? {
        switch v {
        case .int: return TypeRef(.builtin("Int"))
        case .double: return TypeRef(.builtin("Double"))
        case .float: return TypeRef(.builtin("Float"))
        case .bool: return TypeRef(.builtin("Bool"))
        case .string: return TypeRef(.builtin("String"))
        case .character: return TypeRef(.builtin("Character"))
        case .fixed(let x): return TypeRef(.builtin(x.kind.name))
        case .structure(let i), .object(let i): return TypeRef(.user(i.type))
        case .enumCase(let e): return TypeRef(.user(e.type))
        default: return nil
        }
    }
}

/// Generic parameters of the enclosing notebook type used as values in its members
/// (`N(k)`, `N.zero` inside `struct Frac<N: BinaryInteger>` and its extensions).
extension Compiler {
    /// The enclosing instance member's type and self depth when `name` is one of its generic parameters.
    func selfGenericParameter(_ name: String, _ node: some SyntaxProtocol) -> (UserType, Int)? {
        var c: FunctionContext? = ctx
        var depth = 0
        while let cur = c {
            if let t = cur.selfType {
                guard !cur.isStatic, t.genericParams.contains(name), t.kind == .structure || t.kind == .classType || t.kind == .enumeration else { return nil }
                return (t, depth)
            }
            c = cur.parent
            depth += 1
        }
        return nil
    }

    /// `N(x)`: a conversion to the type `N` is bound to in `self` (from the instance's type
    /// arguments or a field declared `N`); while that is unknown (in an initializer, before the
    /// fields are set) the value passes unchanged, as erased generics do.
    func selfGenericCall(_ name: String, _ t: UserType, depth: Int, _ args: [CallArg], _ node: FunctionCallExprSyntax) throws -> Eval {
        let evs = try args.map { EvalRef(try expr($0.expr)) }
        let load = selfLoad(depth)
        let rt = self.rt
        let l = loc(node)
        return { f in
            var vals: [Value] = []
            for e in evs { vals.append(try e.run(f)) }
            if let ref = rt.boundTypeArgument(name, of: load(f)) {
                if let result = try rt.callAsFunction(.type(ref), args.map(\.label), args.map(\.trailing), vals, at: l) { return result }
                return try rt.hostCall(l) { try rt.call(.type(ref), vals) }
            }
            guard vals.count == 1 else { throw RunError(.runtime, "cannot tell which type '\(name)' is here", at: l) }
            return vals[0]
        }
    }
}

extension Runtime {
    /// The type generic parameter `g` of `v`'s notebook type is bound to, when `v` shows it.
    func boundTypeArgument(_ g: String, of v: Value) -> TypeRef? {
        guard let inst = v.instance, let i = inst.type.genericParams.firstIndex(of: g) else { return nil }
        if let spec = inst.typeArgs, i < spec.count {
            switch spec[i] {
            case .int: return TypeRef(.builtin("Int"))
            case .double: return TypeRef(.builtin("Double"))
            case .float: return TypeRef(.builtin("Float"))
            case .string: return TypeRef(.builtin("String"))
            case .fixed(let k): return TypeRef(.builtin(k.name))
            default: break
            }
        }
        return inferredArgument(g, inst).flatMap { Runtime.typeRef(of: $0) }
    }
}
