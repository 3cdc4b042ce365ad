/// The names Swift prints for types: `Card` / `main.Deck.Card`, `Stack<Int>` /
/// `main.Stack<Swift.Int>` (generic arguments recorded at construction or read off the fields).
extension Value {
    /// The struct or class instance inside the value, if any.
    var instance: Instance? {
        switch self {
        case .structure(let i), .object(let i): return i
        default: return nil
        }
    }
}

extension TypeSpec {
    /// Names a real type (not a generic parameter or `Any`).
    var isConcrete: Bool {
        switch self {
        case .generic, .any: return false
        case .array(let e), .set(let e), .optional(let e): return e.isConcrete
        case .dictionary(let k, let v): return k.isConcrete && v.isConcrete
        case .applied(_, let args): return args.allSatisfy(\.isConcrete)
        default: return true
        }
    }
}

extension Runtime {
    /// A notebook instance's type name, with generic arguments (`debug`: module-qualified).
    func typeName(of inst: Instance, debug: Bool) -> String {
        let t = inst.type
        let base = debug ? t.qualifiedName : t.name
        guard !t.genericParams.isEmpty else { return base }
        let args = t.genericParams.enumerated().map { i, g -> String in
            if let spec = inst.typeArgs, i < spec.count, spec[i].isConcrete { return typeName(of: spec[i], debug: debug) }
            if let v = inferredArgument(g, inst) { return typeName(of: v, debug: debug) }
            return "Any"
        }
        return base + "<" + args.joined(separator: ", ") + ">"
    }

    /// A generic parameter's type read off a field declared with it (`var value: T`, `[T]`, `T?`).
    func inferredArgument(_ g: String, _ inst: Instance) -> Value? {
        for (i, p) in inst.type.properties.enumerated() where i < inst.fields.count {
            switch (p.type, inst.fields[i]) {
            case (.generic(let n)?, let v) where n == g: return v
            case (.array(.generic(let n))?, .array(let a)) where n == g: if let x = a.first { return x }
            case (.optional(.generic(let n))?, .some(let w)) where n == g: return w
            default: continue
            }
        }
        return nil
    }

    func typeName(of v: Value, debug: Bool) -> String {
        let swift = debug ? "Swift." : ""
        switch v {
        case .structure(let i), .object(let i): return typeName(of: i, debug: debug)
        case .enumCase(let e): return debug ? e.type.qualifiedName : e.type.name
        case .array(let a): return swift + "Array<" + elementTypeName(a, debug: debug) + ">"
        case .set(let s): return swift + "Set<" + elementTypeName(s.items, debug: debug) + ">"
        case .dictionary(let d):
            return swift + "Dictionary<" + elementTypeName(d.keys, debug: debug) + ", " + elementTypeName(d.values, debug: debug) + ">"
        case .some(let w): return swift + "Optional<" + typeName(of: w, debug: debug) + ">"
        case .range(let r):
            let bound = typeName(of: r.lower, debug: debug)
            return swift + (r.closed ? "ClosedRange<" : "Range<") + bound + ">"
        case .tuple(let t):
            let parts = t.values.enumerated().map { i, x -> String in
                let label = i < t.labels.count ? t.labels[i] : nil
                return (label.map { $0 + ": " } ?? "") + typeName(of: x, debug: debug)
            }
            return "(" + parts.joined(separator: ", ") + ")"
        case .function(let fn):
            if let signature = functionTypeName(fn, debug: debug) { return signature }
            return swift + v.typeName
        default: return swift + v.typeName
        }
    }

    /// `(Int, Int) -> Int` for a function whose parameter types are known (a declared
    /// function, or a closure with written or inferred types); nil otherwise.
    private func functionTypeName(_ fn: Function, debug: Bool) -> String? {
        var names: [String] = []
        for p in fn.params {
            guard let t = p.type else { return nil }
            names.append((p.isInout ? "inout " : "") + typeName(of: t, debug: debug))
        }
        let result: String
        if let r = fn.returnType { result = typeName(of: r, debug: debug) } else if fn.name != "closure" { result = "()" } else { return nil }
        return "(" + names.joined(separator: ", ") + ") -> " + result
    }

    /// The element type of a collection as Swift would have inferred it: the one type all
    /// elements share, or the nearest common superclass of class instances (`[Movie(), Song()]`
    /// is a `[MediaItem]`); otherwise the first element's type (nil when empty: `Any`).
    private func elementTypeName(_ items: [Value], debug: Bool) -> String {
        guard let first = items.first else { return "Any" }
        if case .object(let i) = first {
            var common: UserType? = i.type
            for v in items.dropFirst() {
                guard case .object(let j) = v else { common = nil; break }
                while let c = common, !j.type.isSubtype(of: c.name) { common = c.superclass }
            }
            if let c = common, c !== i.type { return debug ? c.qualifiedName : c.name }
        }
        return typeName(of: first, debug: debug)
    }

    func typeName(of t: TypeSpec, debug: Bool) -> String {
        let swift = debug ? "Swift." : ""
        switch t {
        case .int: return swift + "Int"
        case .double: return swift + "Double"
        case .float: return swift + "Float"
        case .bool: return swift + "Bool"
        case .string: return swift + "String"
        case .character: return swift + "Character"
        case .array(let e): return swift + "Array<" + typeName(of: e, debug: debug) + ">"
        case .set(let e): return swift + "Set<" + typeName(of: e, debug: debug) + ">"
        case .optional(let e): return swift + "Optional<" + typeName(of: e, debug: debug) + ">"
        case .dictionary(let k, let v): return swift + "Dictionary<" + typeName(of: k, debug: debug) + ", " + typeName(of: v, debug: debug) + ">"
        case .named(let n): return debug ? (session.types[n]?.qualifiedName ?? "main." + n) : n
        case .applied(let n, let args):
            let base = debug ? (session.types[n]?.qualifiedName ?? "main." + n) : n
            return base + "<" + args.map { typeName(of: $0, debug: debug) }.joined(separator: ", ") + ">"
        case .fixed(let k): return swift + k.name
        case .tuple(let ts): return "(" + ts.map { typeName(of: $0, debug: debug) }.joined(separator: ", ") + ")"
        case .signature(let ps, let r):
            return "(" + ps.map { typeName(of: $0, debug: debug) }.joined(separator: ", ") + ") -> " + typeName(of: r, debug: debug)
        default: return t.description
        }
    }
}
