import SwiftSyntax

/// Array, set and dictionary literals, adapted to the expected element types.
extension Compiler {
    func tupleExpr(_ t: TupleExprSyntax, _ expected: TypeSpec?) throws -> Eval {
        if t.elements.count == 1, let only = t.elements.first, only.label == nil {
            return try expr(only.expression, expected)
        }
        if t.elements.isEmpty { return { _ in .void } }
        var types: [TypeSpec?] = []
        if case .tuple(let ts)? = expected { types = ts }
        let evs = try t.elements.enumerated().map { i, el in EvalRef(try expr(el.expression, i < types.count ? types[i] : nil)) }
        let labels = t.elements.map { $0.label?.text }
        return { f in
            var vals: [Value] = []
            vals.reserveCapacity(evs.count)
            for e in evs { vals.append(try e.run(f)) }
            return .tuple(TupleBox(vals, labels: labels))
        }
    }

    func arrayExpr(_ a: ArrayExprSyntax, _ expected: TypeSpec?) throws -> Eval {
        var elementType: TypeSpec?
        switch expected {
        case .array(let e)?, .optional(.array(let e))?: elementType = e
        case .set(let e)?: elementType = e
        // A mixed literal (`[2, nil, [3]]`) where `Any?` / `Any` is expected is an `[Any?]` /
        // `[Any]`, as Swift infers; a uniform one (`[3]`) keeps its own type.
        case .optional(.any)?, .any?:
            let kinds = Set(a.elements.map { e in e.expression.is(NilLiteralExprSyntax.self) ? "nil" : staticType(e.expression)?.description ?? "?" })
            if kinds.count > 1 || kinds.contains("?") || kinds.contains("nil") { elementType = expected }
        default: break
        }
        // A generic element type (`[T]`) says nothing yet: the literal's own elements decide, as
        // Swift infers `T == Double` from `[1.5, 2]`.
        if elementType == nil || { if case .generic? = elementType { return true }; return false }() {
            let types = a.elements.map { staticType($0.expression) }
            // `[[10.0, 16], [12, -8]]`: one Double anywhere makes every row `[Double]`, as Swift infers.
            if a.elements.count > 1, a.elements.allSatisfy({ row in
                   row.expression.as(ArrayExprSyntax.self)?.elements.allSatisfy { !$0.expression.is(ArrayExprSyntax.self) } ?? false
               }),
               a.elements.contains(where: { Self.nestedLiteralHasDouble($0.expression) }) {
                elementType = .array(.double)
            } else if types.contains(.double) { elementType = .double }
            else if types.contains(.float) { elementType = .float }
            else if types.contains(.character) { elementType = .character }
            // `[tag, "Alpha"]` with `tag: Tag`: literals become the notebook type that takes them.
            else if let named = types.first(where: { t in
                t?.typeName.flatMap { lookupType($0) }.map { !$0.conformances.isDisjoint(with: Compiler.literalProtocols) } ?? false
            }) { elementType = named }
        }
        let evs = try a.elements.map { EvalRef(try expr($0.expression, elementType)) }
        let rt = self.rt
        let coerceTo = elementType
        let isSet: Bool = { if case .set = expected { return true }; return false }()
        return { f in
            var items: [Value] = []
            items.reserveCapacity(evs.count)
            for e in evs { items.append(rt.coerce(try e.run(f), to: coerceTo)) }
            return isSet ? .set(SetBox(items)) : .array(items)
        }
    }

    /// Whether an array literal holds a floating-point literal at any depth.
    static func nestedLiteralHasDouble(_ e: ExprSyntax) -> Bool {
        if e.is(FloatLiteralExprSyntax.self) { return true }
        if let p = e.as(PrefixOperatorExprSyntax.self) { return p.expression.is(FloatLiteralExprSyntax.self) }
        guard let a = e.as(ArrayExprSyntax.self) else { return false }
        return a.elements.contains { nestedLiteralHasDouble($0.expression) }
    }

    func dictionaryExpr(_ d: DictionaryExprSyntax, _ expected: TypeSpec?) throws -> Eval {
        guard case .elements(let list) = d.content else { return { _ in .dictionary(DictionaryBox()) } }
        var kt: TypeSpec?, vt: TypeSpec?
        if case .dictionary(let k, let v)? = expected { kt = k; vt = v }
        if vt == nil, list.contains(where: { staticType($0.value) == .double }) { vt = .double }
        let pairs = try list.map { (try expr($0.key, kt), try expr($0.value, vt)) }
        let rt = self.rt
        let valueType = vt
        return { f in
            let box = DictionaryBox()
            for (k, v) in pairs { box.set(try k(f), rt.coerce(try v(f), to: valueType)) }
            return .dictionary(box)
        }
    }
}
