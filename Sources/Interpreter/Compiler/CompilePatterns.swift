import SwiftSyntax

/// Patterns in `switch`, `if case`, `catch`, `for` and `let (a, b) = …`.
extension Compiler {
    typealias Matcher = (Frame, Value) throws -> Bool

    /// An irrefutable pattern that binds names (`x`, `(a, b)`, `_`).
    func patternBinder(_ p: PatternSyntax, type: TypeSpec?, mutable: Bool) throws -> (Frame, Value) throws -> Void {
        if let id = p.as(IdentifierPatternSyntax.self) {
            let set = try declareVariable(id.identifier.text, type: type, mutable: mutable, node: id)
            let rt = self.rt
            if let type {
                return { f, v in set(f, rt.coerce(v, to: type)) }
            }
            return { f, v in set(f, v) }
        }
        if p.is(WildcardPatternSyntax.self) || Self.isDiscard(p) { return { _, _ in } }
        if let t = p.as(TuplePatternSyntax.self) {
            var parts: [(Frame, Value) throws -> Void] = []
            var elementTypes: [TypeSpec?] = []
            if case .tuple(let ts)? = type { elementTypes = ts }
            if case .labeledTuple(_, let ts)? = type { elementTypes = ts }
            for (i, el) in t.elements.enumerated() {
                parts.append(try patternBinder(el.pattern, type: i < elementTypes.count ? elementTypes[i] : nil, mutable: mutable))
            }
            let all = parts
            let l = loc(p)
            let rt = self.rt
            return { f, v in
                let items = try rt.tupleElements(v, at: l)
                guard items.count == all.count else {
                    throw RunError(.runtime, "cannot destructure a tuple of \(items.count) elements into \(all.count) names", at: l)
                }
                for i in 0..<all.count { try all[i](f, items[i]) }
            }
        }
        if let vb = p.as(ValueBindingPatternSyntax.self) {
            return try patternBinder(vb.pattern, type: type, mutable: vb.bindingSpecifier.tokenKind == .keyword(.var))
        }
        throw unsupported("this pattern", p)
    }

    /// `_` as a function body's parse gives it in `if let _ = …` (an expression pattern).
    static func isDiscard(_ p: PatternSyntax) -> Bool {
        p.as(ExpressionPatternSyntax.self)?.expression.is(DiscardAssignmentExprSyntax.self) == true
    }

    /// A refutable pattern; `binding` is true inside `let`/`var` patterns, where bare names bind.
    func pattern(_ p: PatternSyntax, binding: Bool, mutable: Bool = false) throws -> Matcher {
        if p.is(WildcardPatternSyntax.self) { return { _, _ in true } }
        if let id = p.as(IdentifierPatternSyntax.self) {
            let set = try declareVariable(id.identifier.text, type: nil, mutable: mutable, node: id)
            return { f, v in set(f, v); return true }
        }
        if let vb = p.as(ValueBindingPatternSyntax.self) {
            return try pattern(vb.pattern, binding: true, mutable: vb.bindingSpecifier.tokenKind == .keyword(.var))
        }
        if let t = p.as(TuplePatternSyntax.self) {
            let parts = try t.elements.map { MatcherRef(try pattern($0.pattern, binding: binding, mutable: mutable)) }
            return tupleMatcher(parts, loc(p))
        }
        if let e = p.as(ExpressionPatternSyntax.self) {
            return try exprPattern(e.expression, binding: binding, mutable: mutable)
        }
        if let isp = p.as(IsTypePatternSyntax.self) {
            let t = typeSpec(isp.type)
            let rt = self.rt
            return { _, v in rt.isType(v, t) }
        }
        throw unsupported("this pattern", p)
    }

    func tupleMatcher(_ parts: [MatcherRef], _ l: Loc) -> Matcher {
        let rt = self.rt
        return { f, v in
            let items = try rt.tupleElements(v, at: l)
            guard items.count == parts.count else { return false }
            for i in 0..<parts.count where !(try parts[i].run(f, items[i])) { return false }
            return true
        }
    }

    func exprPattern(_ e: ExprSyntax, binding: Bool, mutable: Bool) throws -> Matcher {
        if e.is(DiscardAssignmentExprSyntax.self) { return { _, _ in true } }
        if let pe = e.as(PatternExprSyntax.self) { return try pattern(pe.pattern, binding: binding, mutable: mutable) }
        if binding, let d = e.as(DeclReferenceExprSyntax.self) {
            let set = try declareVariable(d.baseName.text, type: nil, mutable: mutable, node: d)
            return { f, v in set(f, v); return true }
        }
        if let t = e.as(TupleExprSyntax.self), t.elements.count > 1 {
            let parts = try t.elements.map { MatcherRef(try exprPattern($0.expression, binding: binding, mutable: mutable)) }
            return tupleMatcher(parts, loc(e))
        }
        if let t = e.as(TupleExprSyntax.self), t.elements.count == 1, let only = t.elements.first {
            return try exprPattern(only.expression, binding: binding, mutable: mutable)
        }
        if let oc = e.as(OptionalChainingExprSyntax.self) {
            let inner = try exprPattern(oc.expression, binding: binding, mutable: mutable)
            return { f, v in
                if case .some(let w) = v { return try inner(f, w) }
                return false
            }
        }
        if let a = e.as(AsExprSyntax.self) {
            let inner = try exprPattern(a.expression, binding: binding, mutable: mutable)
            let t = typeSpec(a.type)
            let rt = self.rt
            return { f, v in rt.isType(v, t) ? try inner(f, rt.castValue(v, t)) : false }
        }
        if e.is(NilLiteralExprSyntax.self) {
            return { _, v in if case .none = v { return true }; return false }
        }
        // Enum cases: `.red`, `Color.red`, `.circle(let r)`, `.some(x)`.
        if let m = e.as(MemberAccessExprSyntax.self), isCaseReference(m) {
            return caseMatcher(m.declName.baseName.text, payload: nil)
        }
        if let call = e.as(FunctionCallExprSyntax.self), let m = call.calledExpression.as(MemberAccessExprSyntax.self),
           isCaseReference(m) {
            let parts = try call.arguments.map { MatcherRef(try exprPattern($0.expression, binding: binding, mutable: mutable)) }
            return caseMatcher(m.declName.baseName.text, payload: parts)
        }
        if let m = textLiteralMatcher(e) { return m }
        // Anything else is a value compared with `~=`: ranges test membership, others `==`.
        let ev = try expr(e)
        let rt = self.rt, l = loc(e)
        return { f, v in
            let pattern = try ev(f)
            switch pattern {
            case .structure, .object, .enumCase, .function, .tuple, .host:
                // A notebook's own `func ~= (pattern: Range2D, value: Point) -> Bool`.
                if case .bool(let b)? = try rt.userOperator("~=", pattern, v, at: l) { return b }
            default: break
            }
            return rt.patternMatches(pattern, v)
        }
    }

    /// `.name` or `Type.name` where Type is not a variable (a case or static member).
    func isCaseReference(_ m: MemberAccessExprSyntax) -> Bool {
        guard let base = m.base else { return true }
        if let d = base.as(DeclReferenceExprSyntax.self) {
            switch resolve(d.baseName.text) {
            case .userType(let t): return t.kind == .enumeration && t.caseIndex[m.declName.baseName.text] != nil
            case .none: return d.baseName.text == "Optional"
            default: return false
            }
        }
        // `Deck.Suit.hearts`: a case of a nested enum.
        if case .user(let t)? = typeReference(base) {
            return t.kind == .enumeration && t.caseIndex[m.declName.baseName.text] != nil
        }
        return false
    }

    func caseMatcher(_ name: String, payload: [MatcherRef]?) -> Matcher {
        Compiler.makeCaseMatcher(name, payload: payload)
    }

    /// `payload` holds `MatcherRef`s: closures read out of an array of function type go
    /// through reabstraction thunks on every call.
    static func makeCaseMatcher(_ name: String, payload parts: [MatcherRef]?) -> Matcher {
        let seen = CaseCache()
        func match(_ f: Frame, _ v: Value) throws -> Bool {
            switch v {
            case .enumCase(let e):
                guard seen.matches(name, e) else { return false }
                guard let parts else { return true }
                if parts.count == e.payload.count {
                    for i in 0..<parts.count where !(try parts[i].run(f, e.payload[i])) { return false }
                    return true
                }
                if parts.count == 1 {
                    return try parts[0].run(f, .tuple(TupleBox(e.payload, labels: e.type.cases[e.caseIndex].labels)))
                }
                return false
            case .some(let w):
                if name == "some" {
                    guard let parts, parts.count == 1 else { return true }
                    return try parts[0].run(f, w)
                }
                if name == "none" { return false }
                return try match(f, w)
            case .none:
                return name == "none"
            default:
                return false
            }
        }
        return match
    }
}

/// A pattern matcher kept in an array (see `Stmt`).
struct MatcherRef {
    let run: Compiler.Matcher
    init(_ run: @escaping Compiler.Matcher) { self.run = run }
}

/// Which cases of the enum type a pattern last saw have the pattern's name, so testing a
/// case reads a Bool instead of comparing the case's name with the pattern's.
final class CaseCache {
    private var type: UserType?
    private var named: [Bool] = []

    @inline(__always) func matches(_ name: String, _ e: EnumInstance) -> Bool {
        if e.type !== type {
            type = e.type
            named = e.type.cases.map { $0.name == name }
        }
        return e.caseIndex < named.count && named[e.caseIndex]
    }
}

extension Runtime {
    /// The elements of a tuple (or a host value acting as one) for destructuring.
    func tupleElements(_ v: Value, at l: Loc) throws -> [Value] {
        switch v {
        case .tuple(let t): return t.values
        case .host(let h):
            if let hook = h.type.tupleHook { return hook(h).values }
        default: break
        }
        throw RunError(.runtime, "cannot destructure a value of type '\(v.typeName)' as a tuple", at: l)
    }

    /// Swift's `~=`: ranges contain, everything else is `==` (Int literals match Doubles).
    func patternMatches(_ pattern: Value, _ v: Value) -> Bool {
        if case .range(let r) = pattern {
            return rangeContains(r, v)
        }
        return pattern == v
    }

    func rangeContains(_ r: RangeBox, _ v: Value) -> Bool {
        let lowOK: Bool, highOK: Bool
        switch r.lower {
        case .void: lowOK = true
        default: lowOK = (compareValues(r.lower, v) ?? 1) <= 0
        }
        switch r.upper {
        case .void: highOK = true
        default:
            let c = compareValues(v, r.upper) ?? 1
            highOK = r.closed ? c <= 0 : c < 0
        }
        return lowOK && highOK
    }

    /// Three-way comparison for ordered values; nil when they are not comparable.
    func compareValues(_ a: Value, _ b: Value) -> Int? {
        switch (a, b) {
        case let (.int(x), .int(y)): return x < y ? -1 : (x == y ? 0 : 1)
        case let (.double(x), .double(y)): return x < y ? -1 : (x == y ? 0 : 1)
        case let (.float(x), .float(y)): return x < y ? -1 : (x == y ? 0 : 1)
        case let (.int(x), .double(y)): return compareValues(.double(Double(x)), .double(y))
        case let (.double(x), .int(y)): return compareValues(.double(x), .double(Double(y)))
        case let (.string(x), .string(y)): return x < y ? -1 : (x == y ? 0 : 1)
        case let (.character(x), .character(y)): return x < y ? -1 : (x == y ? 0 : 1)
        // A one-character string literal compared with a Character (`case "a"..."z"`).
        case let (.character(x), .string(y)) where y.count == 1: return compareValues(.character(x), .character(Character(y)))
        case let (.string(x), .character(y)) where x.count == 1: return compareValues(.character(Character(x)), .character(y))
        case let (.bool(x), .bool(y)): return x == y ? 0 : (!x ? -1 : 1)
        case (.fixed, _), (_, .fixed), (.stringIndex, _), (.substring, _), (_, .substring): return compareStdlib(a, b)
        case let (.tuple(x), .tuple(y)):
            for (p, q) in zip(x.values, y.values) {
                guard let c = compareValues(p, q) else { return nil }
                if c != 0 { return c }
            }
            return 0
        case let (.enumCase(x), .enumCase(y)) where x.type === y.type:
            if let rx = x.type.cases[x.caseIndex].rawValue, let ry = y.type.cases[y.caseIndex].rawValue {
                return compareValues(rx, ry)
            }
            return x.caseIndex < y.caseIndex ? -1 : (x.caseIndex == y.caseIndex ? 0 : 1)
        default: return nil
        }
    }

    /// The first of `candidates` whose parameter types the positional values have (overloads
    /// that only the values' run-time types tell apart).
    /// Of several that do, the one with the fewest generic parameter types (Swift prefers
    /// `f(_: Never.Type)` to `f<E>(_: E.Type)` for `Never.self`).
    func firstTaking(_ values: [Value], of candidates: [Function]) -> Function? {
        var best: Function?, bestGenerics = Int.max
        for fn in candidates where zip(fn.params, values).allSatisfy({ p, v in p.type.map { isType(v, $0) } ?? true }) {
            let generics = fn.params.prefix(values.count).filter { Self.isGenericParameterType($0.type) }.count
            if generics == 0 { return fn }
            if generics < bestGenerics { best = fn; bestGenerics = generics }
        }
        return best
    }

    static func isGenericParameterType(_ t: TypeSpec?) -> Bool {
        switch t {
        case .generic?, .metatype(.generic?)?, .metatype(nil)?: return true
        default: return false
        }
    }

    func isType(_ v: Value, _ t: TypeSpec) -> Bool {
        switch (t, v) {
        case (.array(let e), .array(let items)):
            // The first element stands for the rest (`[Point]` against `[(Double, Double)]`).
            return items.first.map { isType($0, e) } ?? true
        case (.int, .int), (.double, .double), (.float, .float), (.bool, .bool), (.string, .string),
             (.character, .character), (.dictionary, .dictionary), (.set, .set), (.any, _):
            return true
        case (.generic, _): return true
        case (.named(let n), .structure(let i)), (.named(let n), .object(let i)),
             (.applied(let n, _), .structure(let i)), (.applied(let n, _), .object(let i)):
            return i.type.isSubtype(of: n) || session.registry.conforms(v, to: n)
        case (.named(let n), .enumCase(let e)), (.applied(let n, _), .enumCase(let e)):
            return e.type.name == n || session.registry.conforms(v, to: n)
        case (.named(let n), .host(let h)): return h.type.name == n
        case (.fixed(let k), .fixed(let f)): return f.kind == k
        case (.substring, .substring): return true
        case (.optional(let w), .some(let x)): return isType(x, w)
        case (.optional, .none): return true
        case (.optional(let w), _) where w == .any: return isType(v, w)   // `2` is an `Any?`
        case (_, .some(let x)): return isType(x, t)
        case (.tuple(let ts), .tuple(let tv)), (.labeledTuple(_, let ts), .tuple(let tv)):
            return ts.count == tv.values.count && zip(tv.values, ts).allSatisfy { isType($0, $1) }
        case (.function, .function), (.signature, .function): return true
        case (.metatype(let inner), .type(let ref)):
            // `Never.Type` takes `Never.self` only; `E.Type` of a generic `E` takes any type.
            guard case .named(let n)? = inner else { return true }
            if ref.name == n { return true }
            if case .user(let t) = ref.kind { return t.isSubtype(of: n) || session.registry.conforms(t, to: n) }
            return false
        case (.composition(let parts), _): return parts.allSatisfy { isType(v, $0) }
        case (.named(let n), _): return session.registry.conforms(v, to: n)
        default: return false
        }
    }
}

extension Runtime {
    /// The value an `as` pattern binds: optionals around a non-optional target are unwrapped
    /// (`case let n as Int` on an `Any?` binds the Int), tuples take the target's labels.
    func castValue(_ v: Value, _ t: TypeSpec) -> Value {
        if case .some(let x) = v, !t.isOptional, t != .any { return castValue(x, t) }
        return coerce(v, to: t)
    }
}
