import SwiftSyntax

/// Literals of notebook types that conform to `ExpressibleByArrayLiteral`,
/// `ExpressibleByIntegerLiteral`, `ExpressibleByFloatLiteral`, `ExpressibleByStringLiteral` or
/// `ExpressibleByBooleanLiteral`: where the expected type is such a type, the literal calls
/// its `init(arrayLiteral:)` (`init(integerLiteral:)`, …).
extension Compiler {
    static let literalProtocols: Set<String> = [
        "ExpressibleByArrayLiteral", "ExpressibleByIntegerLiteral", "ExpressibleByFloatLiteral",
        "ExpressibleByStringLiteral", "ExpressibleByBooleanLiteral", "ExpressibleByExtendedGraphemeClusterLiteral",
        "ExpressibleByUnicodeScalarLiteral",
    ]

    /// The literal `e` built through the expected notebook type's literal initializer; nil when
    /// `e` is no literal or the type takes none of its kind.
    func literalInitialization(_ e: ExprSyntax, _ expected: TypeSpec) throws -> Eval? {
        let label: String
        if e.is(ArrayExprSyntax.self) { label = "arrayLiteral" }
        else if e.is(IntegerLiteralExprSyntax.self) { label = "integerLiteral" }
        else if e.is(FloatLiteralExprSyntax.self) { label = "floatLiteral" }
        else if e.is(StringLiteralExprSyntax.self) { label = "stringLiteral" }
        else if e.is(BooleanLiteralExprSyntax.self) { label = "booleanLiteral" }
        else { return nil }
        var target = expected
        var optional = false
        if case .optional(let w) = expected { target = w; optional = true }
        if let name = target.typeName, let t = lookupType(name), t.conformances.contains("OptionSet"), let a = e.as(ArrayExprSyntax.self) {
            let items = try a.elements.map { EvalRef(try expr($0.expression, target)) }
            let rt = self.rt
            let l = loc(e)
            return { f in
                var values: [Value] = []
                for i in items { values.append(try i.run(f)) }
                let v = try rt.optionSetLiteral(t, values, at: l)
                return optional ? v.asOptional : v
            }
        }
        guard let name = target.typeName, let t = lookupType(name), t.kind != .protocolType,
              let fn = t.initializers.first(where: { $0.params.count == 1 && $0.params[0].label == label }) else { return nil }
        let bindings = genericBindings(t, target)
        let param = fn.params[0].substituting(bindings)
        let rt = self.rt
        if let a = e.as(ArrayExprSyntax.self) {
            var element: TypeSpec?
            if case .array(let el)? = param.type { element = el }
            let items = try a.elements.map { EvalRef(try expr($0.expression, element)) }
            return { f in
                var values: [Value] = []
                for i in items { values.append(rt.coerce(try i.run(f), to: element)) }
                let v = try rt.construct(t, fn, [.array(values)])
                return optional ? v.asOptional : v
            }
        }
        // The literal itself, typed as the initializer's parameter (`Int`, `Double`, `String`).
        let value = try expr(e, param.type == .generic("Self") ? nil : (param.type.flatMap { $0.typeName == nil ? $0 : nil }))
        return { f in
            let v = try rt.construct(t, fn, [try value(f)])
            return optional ? v.asOptional : v
        }
    }
}
