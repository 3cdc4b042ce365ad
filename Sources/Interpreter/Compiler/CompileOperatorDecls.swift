import SwiftOperators
import SwiftSyntax

/// Operator and precedence-group declarations of cells, kept in the session's operator table.
enum OperatorDeclarations {
    /// The table with the cell's `operator` and `precedencegroup` declarations added. A cell run
    /// again redeclares its operators: those duplicates are not errors.
    static func extend(_ base: OperatorTable, with tree: SourceFileSyntax,
                       _ report: (String, AbsolutePosition) -> Void) -> OperatorTable {
        var table = base
        table.addSourceFile(tree) { err in
            switch err {
            case .operatorAlreadyExists, .groupAlreadyExists: return
            default:
                let (message, position) = describe(err, in: tree)
                report(message, position)
            }
        }
        return table
    }

    /// The message and location of a folding error.
    static func describe(_ err: OperatorError, in tree: SourceFileSyntax) -> (String, AbsolutePosition) {
        let d = err.asDiagnostic
        return (d.message, d.position)
    }
}

/// Operator functions: `func +++`, `prefix func √`, `static func += (lhs: inout V, rhs: V)`,
/// and the expressions that use them.
extension Compiler {
    /// The name a function is registered under: its identifier, an infix operator's text, or
    /// `prefix OP` / `postfix OP` for unary operator functions.
    func declaredFunctionName(_ fd: FunctionDeclSyntax) throws -> String {
        switch fd.name.tokenKind {
        case .identifier: return fd.name.text
        case .binaryOperator, .prefixOperator, .postfixOperator:
            if fd.modifiers.contains(where: { $0.name.tokenKind == .keyword(.prefix) }) { return "prefix " + fd.name.text }
            if fd.modifiers.contains(where: { $0.name.tokenKind == .keyword(.postfix) }) { return "postfix " + fd.name.text }
            return fd.name.text
        default:
            throw unsupported("the function name '\(fd.name.text)'", fd.name)
        }
    }

    /// Operator functions of that name known while compiling: global ones and static ones of
    /// every notebook type.
    func operatorCandidates(_ name: String) -> [Function] {
        var out = lookupFunctions(name) ?? []
        for t in allUserTypes() { out += t.staticMethods[name] ?? [] }
        for t in session.registry.builtinExtensions.values { out += t.staticMethods[name] ?? [] }
        return out
    }

    /// An infix operator that is not built in (`a +++ b`, `v **= 2`): a notebook operator function.
    func customInfix(_ inf: InfixOperatorExprSyntax, _ op: String, _ opNode: some SyntaxProtocol) throws -> Eval {
        let candidates = operatorCandidates(op).filter { $0.params.count == 2 }
        guard let first = candidates.first else { throw error("cannot find operator '\(op)' in scope", opNode) }
        if first.params[0].isInout { return try compoundOperatorCall(inf.leftOperand, op, inf.rightOperand, inf, fallback: nil) }
        let a = try expr(inf.leftOperand, first.params[0].type), b = try expr(inf.rightOperand, first.params[1].type)
        let rt = self.rt
        let l = loc(opNode)
        return { f in
            let x = try a(f), y = try b(f)
            if let r = try rt.userOperator(op, x, y, at: l) { return r }
            throw RunError(.runtime, "binary operator '\(op)' cannot be applied to operands of type '\(x.typeName)' and '\(y.typeName)'", at: l)
        }
    }

    /// `lhs op= rhs` when a notebook declares an operator function `op=` (its first parameter
    /// `inout`); `fallback` is the built-in operator for values no such function takes.
    func compoundOperatorCall(_ lhs: ExprSyntax, _ op: String, _ rhs: ExprSyntax, _ node: some SyntaxProtocol,
                              fallback: String?) throws -> Eval {
        let target = try lvalue(lhs)
        let v = try expr(rhs)
        let rt = self.rt
        let l = loc(node)
        let access = target.access
        return { f in
            let y = try v(f)
            try access(f) { slot in
                if try rt.userCompound(op, &slot, y, at: l) { return }
                guard let fallback else {
                    throw RunError(.runtime, "binary operator '\(op)' cannot be applied to operands of type '\(slot.typeName)' and '\(y.typeName)'", at: l)
                }
                slot = try rt.binary(fallback, slot, Runtime.adaptLiteral(y, to: slot), at: l)
            }
            return .void
        }
    }

    /// `x op= y` for a built-in compound operator that some notebook type also implements.
    func userCompoundAssignment(_ lhs: ExprSyntax, _ op: String, _ rhs: ExprSyntax, _ node: some SyntaxProtocol) throws -> Eval? {
        guard op != "=", op.hasSuffix("="), operatorCandidates(op).contains(where: { $0.params.first?.isInout == true }) else { return nil }
        return try compoundOperatorCall(lhs, op, rhs, node, fallback: String(op.dropLast()))
    }

    /// A prefix or postfix operator with a notebook implementation (`√x`, `-v`, `n~`); nil when
    /// no notebook function implements it (the built-in operator is compiled as usual).
    func customUnary(_ op: String, _ operand: ExprSyntax, prefix: Bool, _ node: some SyntaxProtocol) throws -> Eval? {
        let name = (prefix ? "prefix " : "postfix ") + op
        let candidates = operatorCandidates(name).filter { $0.params.count == 1 }
        guard let first = candidates.first else { return nil }
        let rt = self.rt
        let l = loc(node)
        if first.params[0].isInout {
            // `static prefix func +++ (l: inout Level)`: the operand is updated in place.
            let target = try lvalue(operand)
            return { f in
                var result: Value = .void
                try target.access(f) { slot in
                    guard let r = try rt.userUnaryInout(name, &slot, at: l) else {
                        throw RunError(.runtime, "unary operator '\(op)' cannot be applied to an operand of type '\(slot.typeName)'", at: l)
                    }
                    result = r
                }
                return result
            }
        }
        let v = try expr(operand, first.params[0].type)
        return { f in
            let x = try v(f)
            if let r = try rt.userUnary(name, x, at: l) { return r }
            if prefix { return try rt.prefix(op, x, at: l) }
            throw RunError(.runtime, "unary operator '\(op)' cannot be applied to an operand of type '\(x.typeName)'", at: l)
        }
    }
}

extension Runtime {
    /// Notebook operator functions of that name that may apply to the operands: static ones of
    /// the operands' types, then global ones.
    func operatorFunctions(_ name: String, _ operands: [Value]) -> [Function] {
        var out: [Function] = []
        for v in operands {
            switch v {
            case .structure(let i), .object(let i): out += i.type.staticMethods[name] ?? []
            case .enumCase(let e): out += e.type.staticMethods[name] ?? []
            default: out += session.registry.builtinStaticOperators(v, name)
            }
        }
        return out + (session.functions[name] ?? [])
    }

    private func accepts(_ p: Param, _ v: Value) -> Bool {
        guard let t = p.type else { return true }
        if isType(v, t) { return true }
        if t.isFunction, case .function = v { return true }
        if t == .double || t == .float, case .int = v { return true }
        return false
    }

    /// Calls a notebook `prefix`/`postfix` operator function that takes the operand.
    func userUnary(_ name: String, _ x: Value, at l: Loc) throws -> Value? {
        for fn in operatorFunctions(name, [x]) where fn.params.count == 1 && accepts(fn.params[0], x) {
            return try invoke(fn, [x], self: fn.hasSelf ? .void : nil)
        }
        return nil
    }

    /// Calls a notebook unary operator function with an `inout` operand.
    func userUnaryInout(_ name: String, _ slot: inout Value, at l: Loc) throws -> Value? {
        for fn in operatorFunctions(name, [slot]) where fn.params.count == 1 && fn.params[0].isInout && accepts(fn.params[0], slot) {
            let (r, frame) = try invokeKeepingFrame(fn, [slot], self: fn.hasSelf ? .void : nil)
            slot = frame.slots[fn.hasSelf ? 1 : 0]
            return r
        }
        return nil
    }

    /// Calls a notebook compound-assignment operator function (`static func += (lhs: inout V,
    /// rhs: V)`) on `slot`; false when none takes the operands.
    func userCompound(_ name: String, _ slot: inout Value, _ y: Value, at l: Loc) throws -> Bool {
        for fn in operatorFunctions(name, [slot, y]) where fn.params.count == 2 && fn.params[0].isInout {
            guard accepts(fn.params[0], slot), accepts(fn.params[1], y) else { continue }
            let (_, frame) = try invokeKeepingFrame(fn, [slot, y], self: fn.hasSelf ? .void : nil)
            slot = frame.slots[fn.hasSelf ? 1 : 0]
            return true
        }
        return false
    }
}
