import SwiftSyntax

/// Type names as the compiler resolves them: generic parameters (erased to `.generic`), type
/// aliases, nested types; `typealias` declarations; explicit specialization (`Stack<Int>()`).
extension Compiler {
    /// The cell's top-level context: members of types (also of types declared inside functions,
    /// which cannot capture the function's locals) are compiled under it.
    var rootContext: FunctionContext {
        var c = ctx
        while let p = c.parent { c = p }
        return c
    }

    /// A declared type with generic parameters and aliases in scope resolved.
    func typeSpec(_ t: TypeSyntax) -> TypeSpec {
        resolveNames(TypeSpec.from(t))
    }

    func resolveNames(_ spec: TypeSpec) -> TypeSpec {
        spec.mapNames { n in
            if n == "Self" { return .generic(n) }
            if isGenericName(n) { return .generic(n) }
            if let a = typeAlias(n) { return a }
            return nil
        }
    }

    /// The types whose generic parameters, aliases and nested types are visible here, innermost first.
    func enclosingTypes() -> [UserType] {
        var out: [UserType] = []
        var c: FunctionContext? = ctx
        while let cur = c {
            var t = cur.selfType
            while let x = t { out.append(x); t = x.parentType }
            c = cur.parent
        }
        for d in declaringTypes.reversed() {
            var t: UserType? = d
            while let x = t { out.append(x); t = x.parentType }
        }
        return out
    }

    func isGenericName(_ n: String) -> Bool {
        if genericScopes.contains(where: { $0.contains(n) }) { return true }
        var c: FunctionContext? = ctx
        while let cur = c {
            if cur.genericNames.contains(n) { return true }
            c = cur.parent
        }
        return enclosingTypes().contains { t in
            t.genericParams.contains(n) && t.typeAliases[n] == nil && t.nestedTypes[n] == nil
        }
    }

    func typeAlias(_ n: String) -> TypeSpec? {
        for t in enclosingTypes() {
            if let a = t.typeAliases[n] { return a }
            for p in t.inheritedTables { if let a = p.typeAliases[n] { return a } }
        }
        return pendingAliases[n] ?? session.typeAliases[n]
    }

    /// Generic parameter names of a declaration (`<T: Comparable, U>`).
    func genericNames(_ clause: GenericParameterClauseSyntax?) -> [String] {
        clause?.parameters.map(\.name.text) ?? []
    }

    /// `typealias Name = Type`: in a type (an associated-type witness among them) or global.
    func declareTypeAlias(_ a: TypeAliasDeclSyntax, in owner: UserType?) throws {
        if a.genericParameterClause != nil { throw unsupported("generic type aliases", a) }
        let spec = typeSpec(a.initializer.value)
        if let owner { owner.typeAliases[a.name.text] = spec; return }
        try checkProtected(a.name.text, a)
        pendingAliases[a.name.text] = spec
    }

    /// The notebook type an alias names (`typealias P = Point; P(x: 1)`).
    func aliasedUserType(_ n: String) -> UserType? {
        guard let spec = typeAlias(n), let name = spec.typeName else { return nil }
        return lookupType(name)
    }

    /// Bindings of a generic type's parameters from a specialized type (`Stack<Double>`).
    func genericBindings(_ t: UserType, _ spec: TypeSpec?) -> [String: TypeSpec] {
        guard case .applied(let n, let args)? = spec, n == t.name else { return [:] }
        let params = t.genericParams
        var out: [String: TypeSpec] = [:]
        for (p, a) in zip(params, args) { out[p] = a }
        return out
    }

    /// The specialized type of `Stack<Int>` written as an expression.
    func specializedType(_ g: GenericSpecializationExprSyntax) -> (UserType, TypeSpec)? {
        guard let d = g.expression.as(DeclReferenceExprSyntax.self), case .userType(let t) = resolve(d.baseName.text) else { return nil }
        let args = g.genericArgumentClause.arguments.compactMap { arg -> TypeSpec? in
            if case .type(let ty) = arg.argument { return typeSpec(ty) }
            return nil
        }
        return (t, .applied(t.name, args))
    }
}
