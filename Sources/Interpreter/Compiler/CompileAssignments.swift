import SwiftSyntax

/// Assignments to a plain variable (`x = e`, `total += v`) done on its slot or global box
/// directly, without the general storage-access closures.
extension Compiler {
    /// An `EvalRef?`, not an `Eval?`: a closure returned in an Optional is stored reabstracted,
    /// and every assignment then ran through a pair of conversion thunks.
    func variableAssignment(_ lhs: ExprSyntax, _ op: String, _ rhs: ExprSyntax, _ node: some SyntaxProtocol) throws -> EvalRef? {
        if let field = selfField(lhs) { return try selfFieldAssignment(field, op, rhs, node) }
        guard let d = lhs.as(DeclReferenceExprSyntax.self), d.baseName.text != "self",
              case .variable(let ref) = resolve(d.baseName.text) else { return nil }
        guard let code = assignmentCode(op) else { return nil }
        let declared = ref.type
        if code == -1 {
            // Only where the general path would not coerce (it would for Double, optional…).
            guard declared == nil || declared == .int || declared == .string || declared == .bool else { return nil }
            let v = try expr(rhs, declared)
            switch ref {
            case .local(0, let local):
                let s = local.slot
                return EvalRef { f in
                    let x = try v(f)
                    let p = f.slots + s
                    p.pointee = Runtime.keepKind(of: p.pointee, x)
                    return .void
                }
            case .global(let g):
                let box = g.box
                return EvalRef { f in
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
            try rt.compoundSlow(code, binop, &slot, y, at: l)
        }
        switch ref {
        case .local(0, let local):
            let s = local.slot
            return EvalRef { f in
                try apply(&f.slots[s], try v(f))
                return .void
            }
        case .global(let g):
            let box = g.box
            return EvalRef { f in
                try apply(&box.value, try v(f))
                return .void
            }
        default: return nil
        }
    }

    /// A stored property of `self` in the method being compiled (`x` or `self.x`, not from a
    /// nested closure): its type, index and declared type (nil for `self.x`, as the general
    /// path has it).
    func selfField(_ lhs: ExprSyntax) -> (UserType, Int, TypeSpec?)? {
        if let d = lhs.as(DeclReferenceExprSyntax.self), case .selfMember(0, let t, let member) = resolve(d.baseName.text),
           let i = t.propertyIndex[member] {
            return (t, i, t.properties[i].type)
        }
        if let m = lhs.as(MemberAccessExprSyntax.self), let b = m.base?.as(DeclReferenceExprSyntax.self),
           b.baseName.text == "self", let t = ctx.selfType, !ctx.isStatic, m.declName.argumentNames == nil,
           let i = t.propertyIndex[m.declName.baseName.text] {
            return (t, i, nil)
        }
        return nil
    }

    private func selfFieldAssignment(_ field: (UserType, Int, TypeSpec?), _ op: String, _ rhs: ExprSyntax,
                                     _ node: some SyntaxProtocol) throws -> EvalRef? {
        let (type, idx, declared) = field
        guard type.kind != .enumeration else { return nil }
        // Observed properties go through `modifyObserved`, except in initializers (Swift runs
        // no observers there) and in the property's own observers.
        guard !type.properties[idx].isObserved || ctx.isInit else { return nil }
        // A subclass initializer's writes to inherited properties (after `super.init`) do run
        // the superclass's observers.
        let inherited = type.superclass?.propertyIndex[type.properties[idx].name] != nil
        let observable = type.kind == .classType && (!ctx.isInit || inherited)
        guard let code = assignmentCode(op) else { return nil }
        let rt = self.rt
        let l = loc(node)
        let update: (inout Value, Value) throws -> Void
        let v: Eval
        if code == -1 {
            v = try expr(rhs, declared)
            if declared == nil || declared == .int || declared == .string || declared == .bool {
                update = { slot, x in slot = Runtime.keepKind(of: slot, x) }
            } else {
                update = { slot, x in slot = rt.coerce(x, to: declared) }
            }
        } else {
            let inner: TypeSpec? = { if case .optional(let w)? = declared { return w }; return declared }()
            let adapt = isNumericLiteral(rhs)
            v = try expr(rhs, adapt ? (numericContext(inner) ?? nil) : inner)
            let binop = String(op.dropLast())
            update = { slot, y0 in
                var y = y0
                if adapt { y = Runtime.adaptLiteral(y, to: slot) }
                if try Runtime.compound(code, &slot, y, at: l) { return }
                try rt.compoundSlow(code, binop, &slot, y, at: l)
            }
        }
        return EvalRef { f in
            let x = try v(f)
            let selfSlot = f.slots
            if case .object(let inst) = selfSlot.pointee {
                // A subclass may observe this property (`override var x { didSet … }`).
                if observable, inst.type.hasObservers,
                   let (property, i, old) = rt.observedField(selfSlot.pointee, inst.type.properties[idx].name) {
                    try rt.modifyObserved(&selfSlot.pointee, property, i, old) { slot in try update(&slot, x) }
                    return .void
                }
                try update(&inst.fields[idx], x)
                return .void
            }
            guard case .structure(var inst) = selfSlot.pointee else {
                throw RunError(.runtime, "internal: 'self' is not an instance", at: l)
            }
            // Moved out so the instance stays unshared (copied first if it is shared).
            selfSlot.pointee = .void
            if !isKnownUniquelyReferenced(&inst) { inst = inst.copy() }
            defer { selfSlot.pointee = .structure(inst) }
            // Double arithmetic (the common case) in place, the rest through `update`.
            if code >= 0, case .double(let q) = x, case .double(let p) = inst.fields[idx] {
                switch code {
                case 0: inst.fields[idx] = .double(p + q)
                case 1: inst.fields[idx] = .double(p - q)
                case 2: inst.fields[idx] = .double(p * q)
                default: inst.fields[idx] = .double(p / q)
                }
                return .void
            }
            try update(&inst.fields[idx], x)
            return .void
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

extension Runtime {
    /// `slot op= y` for everything `compound` does not handle (strings and arrays appended
    /// in place, other operands through `binary`).
    func compoundSlow(_ code: Int, _ binop: String, _ slot: inout Value, _ y: Value, at l: Loc) throws {
        // In place: the payload is taken out of the slot before it grows, so it is uniquely
        // referenced (a `switch (slot, y)` would hold a second reference and copy every time,
        // making `results += [x]` in a loop quadratic).
        if code == 0 {
            if case .string(let t) = y, case .string(var s) = slot {
                slot = .void
                s += t
                try checkSize(count: s.utf8.count, stride: 1)
                slot = .string(s)
                return
            }
            if case .array(let ys) = y, case .array(var xs) = slot {
                slot = .void
                try checkSize(count: xs.count + ys.count)
                xs.append(contentsOf: ys)
                slot = .array(xs)
                return
            }
        }
        slot = try binary(binop, slot, y, at: l)
    }
}

/// `=` → -1, `+=` → 0, `-=` → 1, `*=` → 2, `/=` → 3; nil for other assignment operators.
func assignmentCode(_ op: String) -> Int? {
    switch op {
    case "=": return -1
    case "+=": return 0
    case "-=": return 1
    case "*=": return 2
    case "/=": return 3
    default: return nil
    }
}
