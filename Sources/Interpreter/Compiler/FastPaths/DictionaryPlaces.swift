import SwiftSyntax

/// `d[k] = v` and `if let x = d[k]` on a dictionary held in a plain variable: one hash
/// lookup where the dictionary lives, no key array and no `Optional` box for the value.
/// Anything else (arrays, notebook types with subscripts, an unknown receiver) goes to the
/// general code.
extension Compiler {
    /// `d[k] = v` with `d` a local or global of declared type `[K: V]` (V not optional).
    /// (An `EvalRef?`: a closure returned in an Optional is stored reabstracted, behind thunks.)
    func dictionaryStore(_ lhs: ExprSyntax, _ rhs: ExprSyntax, general: @escaping Eval) throws -> EvalRef? {
        guard let s = lhs.as(SubscriptCallExprSyntax.self), let (place, key) = try dictionaryPlace(s),
              case .dictionary(_, let valueType)? = staticTypeOfVariable(s.calledExpression),
              Compiler.neverNil(valueType) else { return nil }
        let v = try expr(rhs, valueType)
        let rt = self.rt
        func store(_ p: UnsafeMutablePointer<Value>, _ k: Value, _ x: Value) {
            guard case .dictionary(var d) = p.pointee else { return }
            p.pointee = .void
            // Unshared after the move out of the variable, unless another value holds it.
            if !isKnownUniquelyReferenced(&d) { d = DictionaryBox(copying: d) }
            defer { p.pointee = .dictionary(d) }
            switch x {
            case .none: d.remove(k)
            case .some(let w): d.set(k, rt.coerce(w, to: valueType))
            default: d.set(k, rt.coerce(x, to: valueType))
            }
        }
        switch place {
        case .local(let pl):
            return EvalRef { f in
                let p = pl.at(f)
                guard case .dictionary = p.pointee else { return try general(f) }
                // The value first, then the key (the general path's order).
                let x = try v(f)
                store(pl.at(f), try key.get(f), x)
                return .void
            }
        case .global(let pg):
            return EvalRef { f in
                let p = pg.at(f)
                guard case .dictionary = p.pointee else { return try general(f) }
                let x = try v(f)
                store(pg.at(f), try key.get(f), x)
                return .void
            }
        }
    }

    /// `if let x = d[k]` (also `guard`/`while`): binds the stored value without boxing it;
    /// nil when the initializer is not such a subscript.
    func dictionaryBinding(_ value: ExprSyntax, general: @escaping Eval,
                           bind: @escaping (Frame, Value) throws -> Void) throws -> CondRef? {
        guard let s = value.as(SubscriptCallExprSyntax.self), let (place, key) = try dictionaryPlace(s) else { return nil }
        func bindGeneral(_ f: Frame) throws -> Bool {
            switch try general(f) {
            case .none: return false
            case .some(let v): try bind(f, v); return true
            case let v: try bind(f, v); return true
            }
        }
        switch place {
        case .local(let pl):
            return CondRef { f in
                guard case .dictionary(let d) = pl.at(f).pointee else { return try bindGeneral(f) }
                guard let v = d.get(try key.get(f)) else { return false }
                try bind(f, v)
                return true
            }
        case .global(let pg):
            return CondRef { f in
                guard case .dictionary(let d) = pg.at(f).pointee else { return try bindGeneral(f) }
                guard let v = d.get(try key.get(f)) else { return false }
                try bind(f, v)
                return true
            }
        }
    }

    /// The variable and key operand of `d[k]` (one unlabeled index, `d` a plain local or global).
    private func dictionaryPlace(_ s: SubscriptCallExprSyntax) throws -> (Place, Operand)? {
        guard s.arguments.count == 1, let only = s.arguments.first, only.label == nil,
              let d = s.calledExpression.as(DeclReferenceExprSyntax.self), d.baseName.text != "self",
              let place = try operand(ExprSyntax(d)).place else { return nil }
        return (place, try operand(only.expression))
    }
}

extension Compiler {
    /// A type none of whose values is `nil` (so an assigned `nil` or optional can only mean
    /// "remove" or "the payload"); not `T?`, `Any`, generic parameters or aliases.
    static func neverNil(_ t: TypeSpec) -> Bool {
        switch t {
        case .int, .double, .float, .bool, .string, .character, .fixed, .substring, .array, .dictionary, .set, .tuple,
             .labeledTuple: return true
        default: return false
        }
    }
}
