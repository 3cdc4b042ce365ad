import SwiftSyntax

/// Assignments to a plain variable (`x = e`, `total += v`) done on its slot or global box
/// directly, without the general storage-access closures.
extension Compiler {
    func variableAssignment(_ lhs: ExprSyntax, _ op: String, _ rhs: ExprSyntax, _ node: some SyntaxProtocol) throws -> Eval? {
        guard let d = lhs.as(DeclReferenceExprSyntax.self), d.baseName.text != "self",
              case .variable(let ref) = resolve(d.baseName.text) else { return nil }
        let code: Int
        switch op {
        case "=": code = -1
        case "+=": code = 0
        case "-=": code = 1
        case "*=": code = 2
        case "/=": code = 3
        default: return nil
        }
        let declared = ref.type
        if code == -1 {
            // Only where the general path would not coerce (it would for Double, optional…).
            guard declared == nil || declared == .int || declared == .string || declared == .bool else { return nil }
            let v = try expr(rhs, declared)
            switch ref {
            case .local(0, let local):
                let s = local.slot
                return { f in
                    let x = try v(f)
                    let p = f.slots + s
                    p.pointee = Runtime.keepKind(of: p.pointee, x)
                    return .void
                }
            case .global(let g):
                let box = g.box
                return { f in
                    let x = try v(f)
                    box.value = Runtime.keepKind(of: box.value, x)
                    return .void
                }
            default: return nil
            }
        }
        let inner: TypeSpec? = { if case .optional(let w)? = declared { return w }; return declared }()
        let adapt = isNumericLiteral(rhs)
        let v = try expr(rhs, adapt ? (numericContext(inner) ?? nil) : inner)
        let rt = self.rt
        let l = loc(node)
        let binop = String(op.dropLast())
        @inline(__always) func apply(_ slot: inout Value, _ y0: Value) throws {
            var y = y0
            if adapt { y = Runtime.adaptLiteral(y, to: slot) }
            if try Runtime.compound(code, &slot, y, at: l) { return }
            if code == 0 {
                switch (slot, y) {
                case (.string(var s), .string(let t)):
                    slot = .void
                    s += t
                    try rt.checkSize(count: s.utf8.count, stride: 1)
                    slot = .string(s)
                    return
                case (.array(var xs), .array(let ys)):
                    slot = .void
                    try rt.checkSize(count: xs.count + ys.count)
                    xs.append(contentsOf: ys)
                    slot = .array(xs)
                    return
                default: break
                }
            }
            slot = try rt.binary(binop, slot, y, at: l)
        }
        switch ref {
        case .local(0, let local):
            let s = local.slot
            return { f in
                try apply(&f.slots[s], try v(f))
                return .void
            }
        case .global(let g):
            let box = g.box
            return { f in
                try apply(&box.value, try v(f))
                return .void
            }
        default: return nil
        }
    }

    /// Whether an optional chain (`a?.b`) occurs in the expression.
    func hasOptionalChain(_ node: Syntax) -> Bool {
        if node.is(OptionalChainingExprSyntax.self) { return true }
        if node.is(ClosureExprSyntax.self) { return false }
        for child in node.children(viewMode: .sourceAccurate) where hasOptionalChain(child) { return true }
        return false
    }
}
