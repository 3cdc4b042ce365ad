extension Session {
    /// What this session's live globals tell the dependency analysis: which hold references,
    /// which host methods leave their receiver unchanged, which give results sharing nothing with it.
    public var dependencyTraits: DependencyTraits {
        DependencyTraits(
            isReference: { [unowned self] name in
                if self.functions[name] != nil || self.types[name] != nil { return false }
                guard let global = self.vars[name] else { return true }
                if global.accessor != nil { return true }
                return Session.holdsReference(global.box.value, depth: 0)
            },
            isReadOnlyMethod: { [unowned self] receiver, method in
                guard case .host(let object)? = self.vars[receiver]?.box.value else { return false }
                return object.type.hasValueSemantics || object.type.readOnlyMethods.contains(method)
                    || object.type.leavesUnchanged?(object, method) == true
            },
            resultSharesNothing: { [unowned self] receiver, method in
                guard case .host(let object)? = self.vars[receiver]?.box.value else { return false }
                return object.type.hasValueSemantics || object.type.valueResultMethods.contains(method)
            })
    }

    /// Whether a value holds class instances, mutable host objects or closures anywhere inside.
    static func holdsReference(_ value: Value, depth: Int) -> Bool {
        // Deeply nested values are rare; past this depth assume the worst.
        guard depth < 32 else { return true }
        switch value {
        case .object, .function: return true
        case .host(let object): return !object.type.hasValueSemantics
        case .array(let items): return items.contains { holdsReference($0, depth: depth + 1) }
        case .dictionary(let d): return d.keys.contains { holdsReference($0, depth: depth + 1) } || d.values.contains { holdsReference($0, depth: depth + 1) }
        case .set(let s): return s.items.contains { holdsReference($0, depth: depth + 1) }
        case .tuple(let t): return t.values.contains { holdsReference($0, depth: depth + 1) }
        case .some(let inner): return holdsReference(inner, depth: depth + 1)
        case .structure(let instance): return instance.fields.contains { holdsReference($0, depth: depth + 1) }
        case .enumCase(let e): return e.payload.contains { holdsReference($0, depth: depth + 1) }
        case .void, .int, .fixed, .stringIndex, .substring, .charSet, .double, .float, .bool, .string, .character,
             .none, .range, .type:
            return false
        }
    }

    /// The dependencies of `cells` (a notebook's sources, in order) as this session sees them.
    public func dependencies(of cells: [String], tracking extra: Set<String> = []) -> [CellDependencies] {
        DependencyAnalysis.analyze(cells, tracking: extra, traits: dependencyTraits)
    }
}
