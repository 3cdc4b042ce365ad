import SwiftSyntax

/// An expression operand read without a closure call when it is a local variable of the
/// current frame, a global, a literal, a stored property of `self` or `local ± k` (the most
/// common operands of operators, indexes, arguments and returns); anything else is an
/// ordinary evaluator.
enum Operand {
    case slot(Int)
    /// A slot of the defining frame (a closure's captured local, read without retaining the
    /// frame: see `FrameHeader.parentSlots`).
    case outerSlot(Int)
    case global(Box)
    case constant(Value)
    /// A stored property of `self` in the method being run (`x` for `self.x`).
    case selfField(Int)
    /// `local + k` or `local - k` (k negated) with an Int literal; the evaluator handles every
    /// case but Int without overflow.
    case slotPlusInt(Int, Int, Eval)
    /// `p.x`, a stored property of the struct or class instance in a local slot (the type
    /// seen last at this site, cached); the evaluator handles every other case.
    case localField(Int, MemberCache, Eval)
    case eval(Eval)

    @inline(__always) func get(_ f: Frame) throws -> Value {
        switch self {
        case .slot(let s): return f.slots[s]
        case .outerSlot(let s): return f.header.parentSlots[s]
        case .global(let b): return b.value
        case .constant(let v): return v
        case .selfField(let i):
            switch f.slots.pointee {
            case .structure(let inst), .object(let inst): return inst.fields[i]
            default: return .void
            }
        case .slotPlusInt(let s, let k, let e):
            if case .int(let v) = f.slots[s] {
                let (r, o) = v.addingReportingOverflow(k)
                if !o { return .int(r) }
            }
            return try e(f)
        case .localField(let s, let cache, let e):
            switch f.slots[s] {
            case .structure(let inst), .object(let inst):
                if cache.type === inst.type { return inst.fields[cache.index] }
            default: break
            }
            return try e(f)
        case .eval(let e): return try e(f)
        }
    }

    /// The operand's Int matched where it lives, or nil when it is not an Int there or is
    /// computed (then `get` evaluates it). Comparing two operands through `get` copies both
    /// `Value`s out (outlined copy and destroy, a retain and release of a `localField`'s
    /// instance) just to find two Ints.
    @inline(__always) func peekInt(_ f: Frame) -> Int? {
        switch self {
        case .slot(let s):
            if case .int(let x) = f.slots[s] { return x }
        case .outerSlot(let s):
            if case .int(let x) = f.header.parentSlots[s] { return x }
        case .constant(let v):
            if case .int(let x) = v { return x }
        case .global(let b):
            if case .int(let x) = b.cell.pointee { return x }
        case .localField(let s, let cache, _):
            switch f.slots[s] {
            case .structure(let inst), .object(let inst):
                if cache.type === inst.type, case .int(let x) = inst.fields[cache.index] { return x }
            default: break
            }
        case .selfField(let i):
            switch f.slots.pointee {
            case .structure(let inst), .object(let inst):
                if case .int(let x) = inst.fields[i] { return x }
            default: break
            }
        case .slotPlusInt, .eval: break
        }
        return nil
    }
}

extension Compiler {
    func operand(_ e: ExprSyntax, _ expected: TypeSpec? = nil) throws -> Operand {
        if let d = e.as(DeclReferenceExprSyntax.self), d.argumentNames == nil {
            let name = d.baseName.text
            if name.hasPrefix("$"), let n = Int(name.dropFirst()), n < ctx.shorthandSlots.count {
                return .slot(ctx.shorthandSlots[n])
            }
            if name != "self" {
                switch resolve(name) {
                case .variable(.local(0, let l)): return .slot(l.slot)
                case .variable(.local(1, let l)): return .outerSlot(l.slot)
                case .variable(.global(let g)): return .global(g.box)
                case .selfMember(0, let t, let member):
                    if t.kind != .enumeration, let i = t.propertyIndex[member] { return .selfField(i) }
                default: break
                }
            }
        }
        if let m = e.as(MemberAccessExprSyntax.self), let field = localField(m) { return field }
        let ev = try expr(e, expected)
        if expected == nil || expected == .int, let inf = e.as(InfixOperatorExprSyntax.self),
           let op = inf.operator.as(BinaryOperatorExprSyntax.self), op.operator.text == "+" || op.operator.text == "-",
           let lit = inf.rightOperand.as(IntegerLiteralExprSyntax.self), let k = try? intLiteral(lit), k != Int.min,
           case .slot(let s) = try operand(inf.leftOperand) {
            return .slotPlusInt(s, op.operator.text == "+" ? k : -k, ev)
        }
        // (Not a literal of a notebook type: its `init(integerLiteral:)` runs when the cell does.)
        if isNumericLiteral(e) || e.is(BooleanLiteralExprSyntax.self), expected?.typeName == nil, let v = literalValue(ev) { return .constant(v) }
        return .eval(ev)
    }
}

extension Compiler {
    /// `p.x` with `p` a local variable, as an operand (see `Operand.localField`).
    func localField(_ m: MemberAccessExprSyntax) -> Operand? {
        guard let d = m.base?.as(DeclReferenceExprSyntax.self), d.argumentNames == nil, m.declName.argumentNames == nil,
              d.baseName.text != "self", case .variable(.local(0, let local)) = resolve(d.baseName.text) else { return nil }
        let name = m.declName.baseName.text
        guard name != "count", name != "self" else { return nil }
        let slot = local.slot
        let cache = MemberCache()
        let rt = self.rt
        let l = loc(m.declName)
        if session.registry.extensionMemberNames.contains(name) {
            return .localField(slot, cache, { f in try rt.getExtendedMember(f.slots[slot], name, cache, at: l) })
        }
        return .localField(slot, cache, { f in try rt.getMember(f.slots[slot], name, cache, at: l) })
    }
}
