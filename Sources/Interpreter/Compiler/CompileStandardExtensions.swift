import SwiftSyntax

/// Uses of members that extensions add to standard types and protocols, and the implicit
/// `self` inside such extensions (`extension Array { var second: Element? { count > 1 ? self[1] : nil } }`).
extension Compiler {
    /// The extension table of a standard type, when the notebook extended it.
    func builtinTable(_ typeName: String) -> UserType? {
        guard let key = Compiler.extensibleBuiltins[typeName] else { return nil }
        return session.registry.builtinExtensions[key]
    }

    /// `42.km` where only `extension Double` has `km`: Swift types the literal as a Double.
    func integerLiteralAsDouble(_ base: ExprSyntax, member: String) throws -> Eval? {
        guard base.is(IntegerLiteralExprSyntax.self) else { return nil }
        func has(_ t: UserType?) -> Bool {
            guard let t else { return false }
            return t.computed[member] != nil || t.methods[member] != nil || t.constrainedTables.contains { has($0) }
        }
        // Members of `extension FloatingPoint` count for Double, those of integer protocols for Int.
        let protocols = session.registry.standardProtocols
        let intSide = [builtinTable("Int")] + ["BinaryInteger", "FixedWidthInteger", "SignedInteger", "Numeric",
                                                "SignedNumeric", "AdditiveArithmetic", "Comparable", "Equatable"].map { protocols[$0] }
        let doubleSide = [builtinTable("Double")] + ["FloatingPoint", "BinaryFloatingPoint"].map { protocols[$0] }
        guard !intSide.contains(where: has), doubleSide.contains(where: has) else { return nil }
        return try expr(base, .double)
    }

    /// `String(…)` matching an initializer declared in `extension String`.
    func extensionInit(_ table: UserType, _ args: [CallArg], _ node: FunctionCallExprSyntax) throws -> Eval? {
        // `Int("42")` beside `extension Int { init(_ value: Octal) }` is still the standard one.
        let candidates = table.initializers.filter { fn in
            guard let bindings = matchArguments(shapes(fn.params), labels: args.map(\.label), trailing: args.map(\.trailing)) else { return false }
            return !rejectsStandardArgument(fn.params, bindings, args)
        }
        guard !candidates.isEmpty, let (fn, bindings) = pickOverload(candidates, args) else { return nil }
        let (evs, _) = try argumentSources(fn.params, bindings, args)
        let rt = self.rt
        // An argument of unknown static type that turns out not to be the notebook type the
        // initializer wants goes to the standard initializer instead (`Int(text)` with a
        // property `text`). Only for arguments that can be evaluated twice.
        let checked = fn.params.enumerated().compactMap { i, p -> (Int, TypeSpec)? in
            guard case .named(let n)? = p.type, let t = lookupType(n), t.kind != .protocolType,
                  i < bindings.count, case .arg(let ai) = bindings[i], staticType(args[ai].expr) == nil,
                  isRepeatable(args[ai].expr) else { return nil }
            return (i, .named(n))
        }
        let standard = checked.isEmpty ? nil : try? builtinInit(table.name, args, node, elementType: nil)
        // Other initializers that take the same arguments in the same places, for values the
        // chosen one does not take (`init(_: Octal)` beside `init(_: Numeral)`).
        let alternatives = checked.isEmpty ? [] : candidates.filter { other in
            other !== fn && other.params.count == fn.params.count
                && matchArguments(shapes(other.params), labels: args.map(\.label), trailing: args.map(\.trailing)) == bindings
        }
        return { f in
            var vals: [Value] = []
            vals.reserveCapacity(evs.count)
            for e in evs { vals.append(try e.run(f)) }
            if !checked.isEmpty, checked.contains(where: { !rt.isType(vals[$0.0], $0.1) }) {
                if let other = rt.firstTaking(vals, of: alternatives) {
                    return try rt.constructExtension(other, vals)
                }
                if let standard { return try standard(f) }
            }
            return try rt.constructExtension(fn, vals)
        }
    }

    /// Names, literals and member reads of them: evaluating them again changes nothing.
    func isRepeatable(_ e: ExprSyntax) -> Bool {
        if e.is(DeclReferenceExprSyntax.self) || e.is(IntegerLiteralExprSyntax.self) || e.is(FloatLiteralExprSyntax.self)
            || e.is(BooleanLiteralExprSyntax.self) { return true }
        if let s = e.as(StringLiteralExprSyntax.self) {
            return s.segments.allSatisfy { seg in
                guard let x = seg.as(ExpressionSegmentSyntax.self) else { return true }
                return x.expressions.allSatisfy { isRepeatable($0.expression) }
            }
        }
        if let m = e.as(MemberAccessExprSyntax.self) { return m.base.map(isRepeatable) ?? true }
        return false
    }

    /// True when an argument's static type is a standard one (`String`, `Int`, an array…) and
    /// its parameter wants a notebook struct, class or enum: that initializer cannot be meant.
    func rejectsStandardArgument(_ params: [Param], _ bindings: [ArgBinding], _ args: [CallArg]) -> Bool {
        for (p, b) in zip(params, bindings) {
            guard case .arg(let ai) = b, case .named(let n)? = p.type, let t = lookupType(n), t.kind != .protocolType,
                  let have = staticType(args[ai].expr) else { continue }
            switch have {
            case .int, .double, .float, .bool, .string, .character, .fixed, .substring, .array, .dictionary, .set: return true
            default: continue
            }
        }
        return false
    }

    /// Whether an implicit-`self` member called like a function is a method (not a property
    /// holding a closure): own methods, protocol defaults and requirements, or builtin methods
    /// of the value a standard-type extension is about.
    func selfMemberIsMethod(_ t: UserType, _ member: String) -> Bool {
        if t.methods[member] != nil { return true }
        if t.propertyIndex[member] != nil || t.computed[member] != nil { return false }
        for table in t.inheritedTables {
            if table.methods[member] != nil || table.requirements[member]?.kind == .method { return true }
            if table.computed[member] != nil || table.requirements[member]?.kind == .property { return false }
        }
        if let r = t.requirements[member] { return r.kind == .method }
        return t.kind == .extensionTable || t.kind == .protocolType
    }

    /// Members every standard collection has, which shadow globals inside their extensions.
    static let collectionMemberNames: Set<String> = ["count", "isEmpty", "first", "last", "startIndex", "endIndex", "indices"]

    /// Inside an extension of a standard type or protocol, a name found nowhere else is a member
    /// of `self` (`count`, `isEmpty`, `sorted()`), unless it is a builtin function or type.
    func implicitSelfMember(_ name: String) -> Resolution? {
        if name == "Self" || name == "Swift" || name.first.map({ !$0.isLetter && $0 != "_" }) == true { return nil }  // operators (`reduce(0, +)`)
        if isGenericParameterInScope(name) { return nil }  // `Element(count)` in `extension Collection`
        if builtinTypeNames.contains(name) || Runtime.builtins[name] != nil || builtinValue(name) != nil
            || sandboxed.contains(name) || ["swap", "print", "debugPrint", "fatalError", "precondition", "assert"].contains(name) {
            return nil
        }
        var c: FunctionContext? = ctx
        var depth = 0
        while let cur = c {
            if let t = cur.selfType, !cur.isStatic {
                return t.kind == .extensionTable || t.kind == .protocolType ? .selfMember(depth: depth, t, name) : nil
            }
            c = cur.parent
            depth += 1
        }
        return nil
    }

    /// `self.init(…)` in an initializer: the value another initializer of the same type builds
    /// becomes `self`.
    func delegatingInit(_ args: [CallArg], _ node: FunctionCallExprSyntax) throws -> Eval {
        let depth = try selfDepth(node)
        var c: FunctionContext? = ctx
        for _ in 0..<depth { c = c?.parent }
        guard let t = c?.selfType else { throw error("'self.init' is only valid in an initializer", node) }
        let candidates = t.kind == .classType ? t.initializerCandidates : t.initializers
        if t.kind == .classType || t.kind == .structure, let (picked, bindings) = pickOverload(candidates, args) {
            // The other initializer runs on this `self` (a subclass instance keeps its own
            // fields, and reaches the subclass's override of the initializer).
            let (evs, _) = try argumentSources(picked.params, bindings, args)
            let rt = self.rt
            // Same labels, different parameter types (`init(points: [Point])` and
            // `init(points: [(Double, Double)])`): the values choose.
            let dynamic = runtimeOverloads(candidates, args)
            return { f in
                var vals: [Value] = []
                for e in evs { vals.append(try e.run(f)) }
                let fn = rt.firstTaking(vals, of: dynamic) ?? picked
                let key = fn.signatureKey
                let frame = f.ancestor(depth)
                var target = fn
                if case .object(let inst) = frame.slots[0], inst.type !== t, let o = inst.type.initializer(matching: key) { target = o }
                let result = try rt.invokeMutating(target, vals, self: &frame.slots[0])
                // A failable initializer delegated to failed: this one fails at once.
                if target.returnsOptional, case .none = result { throw FailedInitialization() }
                return .void
            }
        }
        let build: Eval
        if t.kind == .extensionTable {
            if let ev = try extensionInit(t, args, node) { build = ev } else { build = try builtinInit(t.name, args, node, elementType: nil) }
        } else {
            build = try construct(t, args, node)
        }
        return { f in
            let v = try build(f)
            f.ancestor(depth).slots[0] = v
            return .void
        }
    }
}
