import SwiftSyntax

/// Static types of expressions (best effort, for literal adaptation and overloads).
extension Compiler {
    func staticType(_ e: ExprSyntax) -> TypeSpec? {
        if e.is(IntegerLiteralExprSyntax.self) { return .int }
        if e.is(FloatLiteralExprSyntax.self) { return .double }
        if e.is(StringLiteralExprSyntax.self) { return .string }
        if e.is(BooleanLiteralExprSyntax.self) { return .bool }
        if let p = e.as(PrefixOperatorExprSyntax.self) { return staticType(p.expression) }
        if let t = e.as(TupleExprSyntax.self), t.elements.count == 1, let only = t.elements.first {
            return staticType(only.expression)
        }
        if let m = e.as(MemberAccessExprSyntax.self), m.declName.baseName.text == "self", let base = m.base,
           base.is(TypeExprSyntax.self) || typeReference(base) != nil {
            // `Never.self`, `Dog.self`: named, so overloads on `Never.Type` / `Animal.Type` can tell.
            let simple = base.is(DeclReferenceExprSyntax.self) || base.as(TypeExprSyntax.self)?.type.is(IdentifierTypeSyntax.self) == true
            return .metatype(simple ? typeSpec(TypeSyntax(IdentifierTypeSyntax(name: .identifier(base.trimmedDescription)))) : nil)
        }
        if let d = e.as(DeclReferenceExprSyntax.self) {
            switch resolve(d.baseName.text) {
            case .variable(let ref): return ref.type
            case .selfMember(_, let t, let member): return t.propertyIndex[member].flatMap { t.properties[$0].type }
            default: return nil
            }
        }
        if let c = e.as(FunctionCallExprSyntax.self) {
            if let d = c.calledExpression.as(DeclReferenceExprSyntax.self) {
                switch d.baseName.text {
                case "Double": return .double
                case "Float": return .float
                case "Int": return c.arguments.first?.label == nil ? .int : nil
                case "String": return .string
                case "sqrt", "exp", "log", "sin", "cos", "tan", "tanh", "pow": return .double
                default:
                    switch resolve(d.baseName.text) {
                    case .functions(let fs): return fs.first?.returnType
                    // `Numeral("17")`: an instance of the notebook type (generic ones stay unknown).
                    case .userType(let t) where t.genericParams.isEmpty && t.kind != .protocolType: return .named(t.name)
                    default: return nil
                    }
                }
            }
            if let a = c.calledExpression.as(ArrayExprSyntax.self), a.elements.count == 1, let el = a.elements.first,
               let tname = el.expression.as(DeclReferenceExprSyntax.self) {
                return .array(TypeSpec.named(tname.baseName.text, args: []))
            }
            if let m = c.calledExpression.as(MemberAccessExprSyntax.self),
               let base = m.base?.as(DeclReferenceExprSyntax.self), base.baseName.text == "Double" {
                return .double
            }
        }
        if let inf = e.as(InfixOperatorExprSyntax.self), let op = inf.operator.as(BinaryOperatorExprSyntax.self) {
            switch op.operator.text {
            case "+", "-", "*", "/":
                let l = staticType(inf.leftOperand), r = staticType(inf.rightOperand)
                if l == .double || r == .double { return .double }
                if l == .float || r == .float { return .float }
                if l == .string { return .string }
                if l == .int && r == .int { return .int }
                return nil
            case "<", ">", "<=", ">=", "==", "!=", "&&", "||": return .bool
            default: return nil
            }
        }
        if let m = e.as(MemberAccessExprSyntax.self), let base = m.base?.as(DeclReferenceExprSyntax.self),
           base.baseName.text == "Double" {
            return .double
        }
        // `scores[name]` of a `[String: Double]`, `xs.first` / `xs.last` of a `[Double]`: optional elements.
        if let s = e.as(SubscriptCallExprSyntax.self), s.arguments.count == 1, case .dictionary(_, let v)? = staticTypeOfVariable(s.calledExpression) {
            return .optional(v)
        }
        if let m = e.as(MemberAccessExprSyntax.self), let base = m.base, ["first", "last"].contains(m.declName.baseName.text),
           case .array(let el)? = staticTypeOfVariable(base) {
            return .optional(el)
        }
        return nil
    }
}
