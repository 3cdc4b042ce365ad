/// Member lookup in one place, for notebook types, standard types and protocols alike:
/// a type's own members (with its extensions and superclasses) → protocol-extension defaults
/// along its conformances → extensions of standard types → (the caller's) built-in members.
final class TypeRegistry {
    /// Extensions of standard protocols (`extension Collection { … }`), by protocol name.
    var standardProtocols: [String: UserType] = [:]
    /// Extensions of standard types (`extension Int`, `extension Array where Element == Double`).
    var builtinExtensions: [String: UserType] = [:]
    /// Names declared in extensions of standard types or protocols: call sites compile the
    /// extension-aware path only for these, so builtin members pay nothing otherwise.
    var extensionMemberNames: Set<String> = []
    /// Names of `lazy` properties of notebook structs: reading one stores its value, so reads of
    /// these names on variables write the struct back (see `Compiler.memberAccess`).
    var lazyMemberNames: Set<String> = []
    /// True once a protocol extension declares a subscript: only then do subscripts of
    /// conforming types look past the type's own.
    var protocolsDeclareSubscripts = false
    /// Positions of `@autoclosure` parameters of notebook methods, by method name (method
    /// calls are resolved at run time, so their arguments are wrapped by name).
    var autoclosureArguments: [String: Set<Int>] = [:]

    /// The table for `extension Name` of a standard type or protocol, made on first use.
    func table(forBuiltin name: String) -> UserType {
        if let t = builtinExtensions[name] { return t }
        let t = UserType(name: name, kind: .extensionTable)
        builtinExtensions[name] = t
        return t
    }

    func standardProtocol(_ name: String) -> UserType {
        if let t = standardProtocols[name] { return t }
        let t = UserType(name: name, kind: .protocolType)
        standardProtocols[name] = t
        return t
    }

    /// Standard protocols each standard type conforms to (the flattened hierarchy).
    static let builtinConformances: [String: Set<String>] = {
        let basic: Set<String> = ["Equatable", "Hashable", "CustomStringConvertible", "Sendable", "Codable", "Encodable", "Decodable"]
        let numeric: Set<String> = ["Comparable", "Numeric", "AdditiveArithmetic", "SignedNumeric", "Strideable",
                                    "LosslessStringConvertible", "ExpressibleByIntegerLiteral"]
        let collection: Set<String> = ["Sequence", "Collection"]
        let ordered = collection.union(["BidirectionalCollection", "RandomAccessCollection"])
        let signed = basic.union(numeric).union(["BinaryInteger", "SignedInteger", "FixedWidthInteger"])
        let unsigned = signed.subtracting(["SignedNumeric", "SignedInteger"]).union(["UnsignedInteger"])
        var table: [String: Set<String>] = [
            "Int": signed,
            "Double": basic.union(numeric).union(["FloatingPoint", "BinaryFloatingPoint", "ExpressibleByFloatLiteral"]),
            "Float": basic.union(numeric).union(["FloatingPoint", "BinaryFloatingPoint", "ExpressibleByFloatLiteral"]),
            "Bool": basic.union(["LosslessStringConvertible", "ExpressibleByBooleanLiteral"]),
            "String": basic.union(collection).union(["Comparable", "BidirectionalCollection", "RangeReplaceableCollection",
                                                     "StringProtocol", "LosslessStringConvertible", "CustomDebugStringConvertible",
                                                     "ExpressibleByStringLiteral", "TextOutputStream"]),
            "Character": basic.union(["Comparable", "CustomDebugStringConvertible", "LosslessStringConvertible"]),
            "Array": basic.union(ordered).union(["MutableCollection", "RangeReplaceableCollection",
                                                 "CustomDebugStringConvertible", "ExpressibleByArrayLiteral"]),
            "Set": basic.union(collection).union(["SetAlgebra", "CustomDebugStringConvertible", "ExpressibleByArrayLiteral"]),
            "Dictionary": basic.union(collection).union(["CustomDebugStringConvertible", "ExpressibleByDictionaryLiteral"]),
            "Range": basic.union(ordered).union(["CustomDebugStringConvertible"]),
            "Optional": ["Equatable", "Hashable", "CustomDebugStringConvertible", "ExpressibleByNilLiteral"],
            "Substring": basic.union(collection).union(["Comparable", "BidirectionalCollection", "StringProtocol",
                                                        "LosslessStringConvertible", "CustomDebugStringConvertible"]),
        ]
        table["LazySequence"] = ["Sequence", "LazySequenceProtocol"]
        for name in ["Int8", "Int16", "Int32", "Int64"] { table[name] = signed }
        for name in ["UInt", "UInt8", "UInt16", "UInt32", "UInt64"] { table[name] = unsigned }
        return table
    }()

    /// Standard protocols implied by another (a `Comparable` type is `Equatable`).
    static let impliedProtocols: [String: [String]] = [
        "Comparable": ["Equatable"], "Hashable": ["Equatable"], "Strideable": ["Comparable", "Equatable"],
        "Collection": ["Sequence"], "BidirectionalCollection": ["Collection", "Sequence"],
        "RandomAccessCollection": ["BidirectionalCollection", "Collection", "Sequence"],
        "Numeric": ["AdditiveArithmetic", "Equatable"], "Error": ["Sendable"],
    ]

    /// The standard type a value's extensions are filed under (nil for notebook and host values).
    static func builtinKey(_ v: Value) -> String? {
        switch v {
        case .int: return "Int"
        case .double: return "Double"
        case .float: return "Float"
        case .bool: return "Bool"
        case .string: return "String"
        case .character: return "Character"
        case .array: return "Array"
        case .dictionary: return "Dictionary"
        case .set: return "Set"
        case .none, .some: return "Optional"
        case .range: return "Range"
        case .substring: return "Substring"
        case .fixed(let x): return x.kind.name
        // `seq.dropFirst()`, `xs.lazy.map { … }`: what an `extension Sequence` applies to.
        case .host(let h) where h.payload is LazySequence: return "LazySequence"
        default: return nil
        }
    }

    // MARK: Conformance

    /// Whether a value's type conforms to (or is) the protocol or class named `name`.
    func conforms(_ v: Value, to name: String) -> Bool {
        switch v {
        case .structure(let i), .object(let i): return conforms(i.type, to: name)
        case .enumCase(let e): return conforms(e.type, to: name)
        case .fixed(let f): return TypeRegistry.builtinConformances[f.kind.name]?.contains(name) == true
        case .substring: return TypeRegistry.builtinConformances["Substring"]?.contains(name) == true
        default:
            guard let key = TypeRegistry.builtinKey(v) else { return false }
            if TypeRegistry.builtinConformances[key]?.contains(name) == true { return true }
            return builtinExtensions[key].map { conforms($0, to: name) } ?? false
        }
    }

    func conforms(_ t: UserType, to name: String) -> Bool {
        if t.isSubtype(of: name) || t.conformances.contains(name) { return true }
        for c in t.conformances where TypeRegistry.impliedProtocols[c]?.contains(name) == true { return true }
        if t.kind == .enumeration, name == "Equatable" || name == "Hashable", t.cases.allSatisfy({ $0.types.isEmpty }) { return true }
        return t.protocols.contains { $0 !== t && conforms($0, to: name) }
    }

    /// Whether an extension's `where` clause holds for a receiver value.
    func satisfied(_ constraints: [Constraint], by v: Value) -> Bool {
        constraints.allSatisfy { c in
            switch c {
            case .conforms(let subject, let p):
                guard let x = subjectValue(subject, of: v) else { return true }
                return conforms(x, to: p)
            case .same(let subject, let t):
                guard let x = subjectValue(subject, of: v) else { return true }
                return sameType(x, t)
            }
        }
    }

    /// The value standing for `Self`, `Element`, `Key`, `Value`, `Wrapped` (nil: not known,
    /// such as the element of an empty array or a generic parameter of a notebook type).
    private func subjectValue(_ subject: String, of v: Value) -> Value? {
        switch (subject, v) {
        case ("Self", _): return v
        case ("Element", .array(let a)): return a.first
        case ("Element", .set(let s)): return s.items.first
        case ("Element", .range(let r)), ("Bound", .range(let r)): return r.lower
        case ("Element", .string): return .character(" ")
        case ("Key", .dictionary(let d)): return d.keys.first
        case ("Value", .dictionary(let d)): return d.values.first
        case ("Wrapped", .some(let w)): return w
        default: return nil
        }
    }

    private func sameType(_ v: Value, _ t: TypeSpec) -> Bool {
        switch (t, v) {
        case (.int, .int), (.double, .double), (.float, .float), (.bool, .bool), (.string, .string), (.character, .character): return true
        case (.array(let e), .array(let a)): return a.first.map { sameType($0, e) } ?? true
        case (.named(let n), _): return conforms(v, to: n)
        case (.any, _): return true
        default: return false
        }
    }

    // MARK: Tables

    /// The tables to search for members of a notebook type, in lookup order: the type itself,
    /// then the protocols it conforms to (their extension defaults), then standard protocols.
    func tables(_ t: UserType, for v: Value?) -> [UserType] {
        var out: [UserType] = [t]
        var seen: Set<ObjectIdentifier> = [ObjectIdentifier(t)]
        appendProtocolTables(t, v, &out, &seen)
        return out
    }

    private func appendProtocolTables(_ t: UserType, _ v: Value?, _ out: inout [UserType], _ seen: inout Set<ObjectIdentifier>) {
        for p in t.protocols where seen.insert(ObjectIdentifier(p)).inserted {
            out.append(p)
            for c in p.constrainedTables where v.map({ satisfied(c.constraints, by: $0) }) ?? true { out.append(c) }
            appendProtocolTables(p, v, &out, &seen)
        }
        for name in t.conformances.sorted() {
            for n in [name] + (TypeRegistry.impliedProtocols[name] ?? []) {
                guard let p = standardProtocols[n], seen.insert(ObjectIdentifier(p)).inserted else { continue }
                out.append(p)
                for c in p.constrainedTables where v.map({ satisfied(c.constraints, by: $0) }) ?? true { out.append(c) }
            }
        }
    }

    /// The extension tables that apply to a standard value (`extension Array where …`,
    /// `extension Collection`, protocols the type was extended to conform to).
    func builtinTables(for v: Value) -> [UserType] {
        guard let key = TypeRegistry.builtinKey(v) else { return [] }
        var out: [UserType] = []
        var seen: Set<ObjectIdentifier> = []
        if let t = builtinExtensions[key] {
            seen.insert(ObjectIdentifier(t))
            out.append(t)
            for c in t.constrainedTables where satisfied(c.constraints, by: v) { out.append(c) }
            appendProtocolTables(t, v, &out, &seen)
        }
        for name in (TypeRegistry.builtinConformances[key] ?? []).sorted() {
            guard let p = standardProtocols[name], seen.insert(ObjectIdentifier(p)).inserted else { continue }
            out.append(p)
            for c in p.constrainedTables where satisfied(c.constraints, by: v) { out.append(c) }
        }
        // Slices (`s.dropFirst()`, `s.prefix(3)`) are Strings here: a program that calls an
        // `extension Substring` member on one compiled with swiftc, so the member applies.
        if key == "String", let t = builtinExtensions["Substring"] { out.append(t) }
        return out
    }

    // MARK: Lookups

    func methods(_ t: UserType, _ name: String, for v: Value?) -> [Function]? {
        if let own = t.methods[name] { return own }
        for table in tables(t, for: v).dropFirst() { if let m = table.methods[name] { return m } }
        return nil
    }

    func computed(_ t: UserType, _ name: String, for v: Value?) -> UserType.Computed? {
        if let own = t.computed[name] { return own }
        for table in tables(t, for: v).dropFirst() { if let c = table.computed[name] { return c } }
        return nil
    }

    func staticMethods(_ t: UserType, _ name: String) -> [Function]? {
        if let own = t.staticMethods[name] { return own }
        for table in tables(t, for: nil).dropFirst() { if let m = table.staticMethods[name] { return m } }
        return nil
    }

    func staticComputed(_ t: UserType, _ name: String) -> UserType.Computed? {
        if let own = t.staticComputed[name] { return own }
        for table in tables(t, for: nil).dropFirst() { if let c = table.staticComputed[name] { return c } }
        return nil
    }

    func builtinMethods(_ v: Value, _ name: String) -> [Function]? {
        for table in builtinTables(for: v) { if let m = table.methods[name] { return m } }
        return nil
    }

    /// `static prefix func +++ (x: Int)` declared in `extension Int`: operators of a standard value.
    func builtinStaticOperators(_ v: Value, _ op: String) -> [Function] {
        guard !builtinExtensions.isEmpty else { return [] }
        return builtinTables(for: v).flatMap { $0.staticMethods[op] ?? [] }
    }

    func builtinComputed(_ v: Value, _ name: String) -> UserType.Computed? {
        for table in builtinTables(for: v) { if let c = table.computed[name] { return c } }
        return nil
    }

    /// Any instance member (method or computed property) of a value, for getters.
    func member(of v: Value, _ name: String) -> (UserType.Computed?, Function?) {
        switch v {
        case .structure(let i), .object(let i):
            return (computed(i.type, name, for: v), methods(i.type, name, for: v)?.first)
        case .enumCase(let e):
            return (computed(e.type, name, for: v), methods(e.type, name, for: v)?.first)
        default:
            return (builtinComputed(v, name), builtinMethods(v, name)?.first)
        }
    }
}

extension UserType {
    /// Protocol tables reachable from this type (for compile-time name resolution).
    var inheritedTables: [UserType] {
        var out: [UserType] = []
        var stack = protocols
        var seen: Set<ObjectIdentifier> = []
        while let p = stack.popLast() {
            guard seen.insert(ObjectIdentifier(p)).inserted else { continue }
            out.append(p)
            out.append(contentsOf: p.constrainedTables)
            stack.append(contentsOf: p.protocols)
        }
        return out
    }

    /// Resolves a method the way calls do: own, extensions, then protocol defaults.
    func allRequirements() -> [(String, Requirement, UserType)] {
        var out: [(String, Requirement, UserType)] = []
        var seen: Set<ObjectIdentifier> = []
        var stack = protocols
        while let p = stack.popLast() {
            guard seen.insert(ObjectIdentifier(p)).inserted else { continue }
            for (n, r) in p.requirements.sorted(by: { $0.key < $1.key }) { out.append((n, r, p)) }
            stack.append(contentsOf: p.protocols)
        }
        return out
    }
}
