import SwiftSyntax

/// A `subscript` declared in a notebook type: its getter and optional setter (the setter takes
/// the subscript's parameters, then the new value).
struct UserSubscript {
    var get: Function
    var set: Function?
}

/// `subscript(...)` declarations of notebook types (instance and `static`), in the type body or
/// an extension.
extension Compiler {
    func addSubscript(_ s: SubscriptDeclSyntax, to t: UserType) throws {
        let isStatic = s.modifiers.contains { $0.name.tokenKind == .keyword(.static) || $0.name.tokenKind == .keyword(.class) }
        // Generic subscripts: their parameters are erased like those of generic functions.
        genericScopes.append(genericNames(s.genericParameterClause))
        defer { genericScopes.removeLast() }
        var params = try parameters(s.parameterClause)
        // A subscript parameter has an argument label only when it is written with two names.
        for (i, p) in s.parameterClause.parameters.enumerated() where p.secondName == nil { params[i].label = nil }
        let type = typeSpec(s.returnClause.type)
        guard let block = s.accessorBlock else { throw error("expected '{' in subscript to specify getter and setter implementation", s) }
        let (getter, setter) = try accessorFunctions("subscript", params: params, type, block.accessors, t, isStatic: isStatic,
                                                     setterMutates: t.kind != .classType && !isStatic, parent: ctx,
                                                     what: "accessors in subscripts")
        let sub = UserSubscript(get: getter, set: setter)
        if isStatic { t.staticSubscripts.append(sub) } else { t.subscripts.append(sub) }
        if t.kind == .protocolType { session.registry.protocolsDeclareSubscripts = true }
    }
}

extension Runtime {
    /// The subscripts a value can be indexed with: an instance's type's, or a type's static ones.
    func userSubscripts(of v: Value) -> (UserType, [UserSubscript])? {
        switch v {
        case .structure(let i), .object(let i): return (i.type, withProtocolSubscripts(i.type))
        case .enumCase(let e): return (e.type, withProtocolSubscripts(e.type))
        case .type(let r):
            if case .user(let t) = r.kind { return (t, t.staticSubscripts) }
            return nil
        default:
            // `extension Int { subscript(digit: Int) -> Int }`, `extension String { subscript(i: Int) … }`.
            let tables = session.registry.builtinTables(for: v).filter { !$0.subscripts.isEmpty }
            guard let first = tables.first else { return nil }
            return (first, tables.flatMap(\.subscripts))
        }
    }

    /// A type's own subscripts after those its protocols' extensions declare (`extension
    /// Container { subscript(indices:) }`): the type's own are tried first.
    private func withProtocolSubscripts(_ t: UserType) -> [UserSubscript] {
        if t.protocols.isEmpty || !session.registry.protocolsDeclareSubscripts { return t.subscripts }
        let inherited = t.inheritedTables.flatMap(\.subscripts)
        return inherited.isEmpty ? t.subscripts : inherited + t.subscripts
    }

    /// Picks the subscript whose labels (and, among several, parameter types) fit the keys and
    /// returns it with the keys in parameter order (defaults filled in).
    func chooseSubscript(_ type: UserType, _ subs: [UserSubscript], _ keys: [Value], _ labels: [String?],
                         at l: Loc) throws -> (UserSubscript, [Value]) {
        var fits: [(UserSubscript, [ArgBinding])] = []
        for s in subs.reversed() {
            let shapes = s.get.params.map { ParamShape(label: $0.label, hasDefault: $0.defaultValue != nil, variadic: $0.variadic, isFunction: false) }
            if let b = matchArguments(shapes, labels: labels, trailing: labels.map { _ in false }) { fits.append((s, b)) }
        }
        guard let first = fits.first else {
            let given = "subscript(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
            throw RunError(.runtime, subs.isEmpty ? "value of type '\(type.name)' has no subscripts" : "no '\(given)' candidates in '\(type.name)'", at: l)
        }
        var chosen = first
        if fits.count > 1 {
            for candidate in fits {
                let args = try applyBindings(candidate.1, candidate.0.get.params, keys)
                if zip(candidate.0.get.params, args).allSatisfy({ p, v in p.type.map { isType(v, $0) } ?? true }) {
                    chosen = candidate
                    break
                }
            }
        }
        return (chosen.0, try applyBindings(chosen.1, chosen.0.get.params, keys))
    }

    /// `value[keys]` through a notebook subscript; nil when the value has none.
    func userSubscriptGet(_ base: Value, _ keys: [Value], _ labels: [String?], at l: Loc) throws -> Value? {
        guard let (type, subs) = userSubscripts(of: base) else { return nil }
        let (sub, args) = try chooseSubscript(type, subs, keys, labels, at: l)
        return try invoke(sub.get, args, self: base)
    }

    /// `value[keys] op= …` through a notebook subscript: get, modify, set (a struct is updated in
    /// place by the mutating setter). False when the value has no subscripts.
    func userSubscriptModify(_ v: inout Value, _ keys: [Value], _ labels: [String?], at l: Loc,
                             _ body: (inout Value) throws -> Void) throws -> Bool {
        guard let (type, subs) = userSubscripts(of: v) else { return false }
        let (sub, args) = try chooseSubscript(type, subs, keys, labels, at: l)
        guard let setter = sub.set else {
            throw RunError(.runtime, "cannot assign through subscript: subscript is get-only", at: l)
        }
        var current = try invoke(sub.get, args, self: v)
        try body(&current)
        if setter.isMutating {
            _ = try invokeMutating(setter, args + [current], self: &v)
        } else {
            _ = try invoke(setter, args + [current], self: v)
        }
        return true
    }
}
