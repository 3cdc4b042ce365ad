import SwiftSyntax

/// A declared type as far as the interpreter needs it: to adapt literals (`let x: Double = 1`),
/// wrap optionals and resolve implicit members (`.red`, `.relu`).
indirect enum TypeSpec: Equatable {
    case int, double, float, bool, string, character
    /// A fixed-width integer type other than Int (`UInt8`, `Int64`…).
    case fixed(IntKind)
    case substring
    case array(TypeSpec)
    case dictionary(TypeSpec, TypeSpec)
    case set(TypeSpec)
    case optional(TypeSpec)
    case tuple([TypeSpec])
    /// A tuple type with element labels (`(quotient: Int, remainder: Int)`).
    case labeledTuple([String?], [TypeSpec])
    case function
    /// A function type whose parameter and result types are written out (`(Double) -> Double`):
    /// closures built for it take its types (an `Int` literal argument arrives as a `Double`).
    case signature([TypeSpec], TypeSpec)
    /// `T.Type`, `Error.Type`: a type value (`Never.self`), so overloads taking one can be told
    /// from those taking an instance.
    case metatype(TypeSpec?)
    case named(String)
    /// A notebook generic type with its arguments (`Stack<Double>`).
    case applied(String, [TypeSpec])
    /// A generic parameter or associated type (`T`, `Element`): values pass as they are.
    case generic(String)
    /// A protocol composition (`any Shape & Scalable`): a value must conform to every part.
    case composition([TypeSpec])
    case any

    var isOptional: Bool { if case .optional = self { return true }; return false }

    var isFunction: Bool {
        switch self { case .function, .signature: return true; default: return false }
    }

    /// Replaces generic parameters by their bound types (`Element` → `Double` in a `Stack<Double>`).
    func substituting(_ bindings: [String: TypeSpec]) -> TypeSpec {
        if bindings.isEmpty { return self }
        switch self {
        case .generic(let n): return bindings[n] ?? self
        case .array(let e): return .array(e.substituting(bindings))
        case .set(let e): return .set(e.substituting(bindings))
        case .optional(let e): return .optional(e.substituting(bindings))
        case .dictionary(let k, let v): return .dictionary(k.substituting(bindings), v.substituting(bindings))
        case .tuple(let ts): return .tuple(ts.map { $0.substituting(bindings) })
        case .labeledTuple(let ls, let ts): return .labeledTuple(ls, ts.map { $0.substituting(bindings) })
        case .applied(let n, let args): return .applied(n, args.map { $0.substituting(bindings) })
        default: return self
        }
    }

    /// Maps names through `transform` (generic parameters, type aliases) everywhere in the type.
    func mapNames(_ transform: (String) -> TypeSpec?) -> TypeSpec {
        switch self {
        case .named(let n): return transform(n) ?? self
        case .array(let e): return .array(e.mapNames(transform))
        case .set(let e): return .set(e.mapNames(transform))
        case .optional(let e): return .optional(e.mapNames(transform))
        case .dictionary(let k, let v): return .dictionary(k.mapNames(transform), v.mapNames(transform))
        case .tuple(let ts): return .tuple(ts.map { $0.mapNames(transform) })
        case .labeledTuple(let ls, let ts): return .labeledTuple(ls, ts.map { $0.mapNames(transform) })
        case .applied(let n, let args): return .applied(n, args.map { $0.mapNames(transform) })
        default: return self
        }
    }

    /// The type's name when it names a (possibly generic) notebook type.
    var typeName: String? {
        switch self {
        case .named(let n), .applied(let n, _): return n
        default: return nil
        }
    }

    var description: String {
        switch self {
        case .int: return "Int"
        case .double: return "Double"
        case .float: return "Float"
        case .bool: return "Bool"
        case .string: return "String"
        case .character: return "Character"
        case .fixed(let k): return k.name
        case .substring: return "Substring"
        case .array(let e): return "[\(e.description)]"
        case .dictionary(let k, let v): return "[\(k.description): \(v.description)]"
        case .set(let e): return "Set<\(e.description)>"
        case .optional(let w): return "\(w.description)?"
        case .tuple(let ts): return "(" + ts.map(\.description).joined(separator: ", ") + ")"
        case .labeledTuple(let ls, let ts):
            return "(" + zip(ls, ts).map { ($0.map { $0 + ": " } ?? "") + $1.description }.joined(separator: ", ") + ")"
        case .function, .signature: return "function"
        case .metatype(let w): return (w?.description ?? "Any") + ".Type"
        case .named(let n): return n
        case .applied(let n, let args): return n + "<" + args.map(\.description).joined(separator: ", ") + ">"
        case .generic(let n): return n
        case .composition(let parts): return "any " + parts.map(\.description).joined(separator: " & ")
        case .any: return "Any"
        }
    }

    static func named(_ n: String, args: [TypeSpec]) -> TypeSpec {
        switch n {
        case "Int": return .int
        case "Int8", "Int16", "Int32", "Int64", "UInt", "UInt8", "UInt16", "UInt32", "UInt64":
            return IntKind.byName[n].map { .fixed($0) } ?? .int
        case "Double", "CGFloat", "Float64": return .double
        case "Float", "Float32": return .float
        case "Bool": return .bool
        case "String": return .string
        case "Substring": return .substring
        case "Character": return .character
        case "Any", "AnyObject": return .any
        case "Array" where args.count == 1: return .array(args[0])
        case "Set" where args.isEmpty: return .set(.any)
        case "Array" where args.isEmpty: return .array(.any)
        case "Set" where args.count == 1: return .set(args[0])
        case "Optional" where args.count == 1: return .optional(args[0])
        case "Dictionary" where args.count == 2: return .dictionary(args[0], args[1])
        default: return args.isEmpty ? .named(n) : .applied(n, args)
        }
    }

    /// Builds a TypeSpec from syntax; nil for types the interpreter does not model (treated as
    /// "any").
    static func from(_ t: TypeSyntax) -> TypeSpec {
        if let id = t.as(IdentifierTypeSyntax.self) {
            let args = id.genericArgumentClause?.arguments.compactMap { arg -> TypeSpec? in
                if case .type(let ty) = arg.argument { return from(ty) }
                return nil
            } ?? []
            return named(id.name.text, args: args)
        }
        if let a = t.as(ArrayTypeSyntax.self) { return .array(from(a.element)) }
        if let d = t.as(DictionaryTypeSyntax.self) { return .dictionary(from(d.key), from(d.value)) }
        if let o = t.as(OptionalTypeSyntax.self) { return .optional(from(o.wrappedType)) }
        if let o = t.as(ImplicitlyUnwrappedOptionalTypeSyntax.self) { return from(o.wrappedType) }
        if let tu = t.as(TupleTypeSyntax.self) {
            if tu.elements.count == 1, let only = tu.elements.first { return from(only.type) }
            let labels = tu.elements.map { $0.firstName.map { $0.text == "_" ? nil : $0.text } ?? nil }
            if labels.contains(where: { $0 != nil }) { return .labeledTuple(labels, tu.elements.map { from($0.type) }) }
            return .tuple(tu.elements.map { from($0.type) })
        }
        if let fn = t.as(FunctionTypeSyntax.self) {
            return .signature(fn.parameters.map { from($0.type) }, from(fn.returnClause.type))
        }
        if let attr = t.as(AttributedTypeSyntax.self) { return from(attr.baseType) }
        if let m = t.as(MetatypeTypeSyntax.self) { return .metatype(from(m.baseType)) }
        if let m = t.as(MemberTypeSyntax.self) { return .named(m.name.text) }
        if let so = t.as(SomeOrAnyTypeSyntax.self) { return from(so.constraint) }
        if let c = t.as(CompositionTypeSyntax.self) { return .composition(c.elements.map { from($0.type) }) }
        return .any
    }
}
