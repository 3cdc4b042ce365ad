import SwiftSyntax

/// Expressions: numeric literals, names, operators, ternaries, try, casts, if/switch values (strings, collections, closures and static types have their own files).
extension Compiler {
    func expr(_ e: ExprSyntax, _ expected: TypeSpec? = nil) throws -> Eval {
        if let expected, let literal = try literalInitialization(e, expected) { return literal }
        if let i = e.as(IntegerLiteralExprSyntax.self) {
            if let big = try unsignedLiteral(i, expected) { return { _ in big } }
            let v = try intLiteral(i)
            switch expected {
            case .double?, .optional(.double)?: let d = Value.double(Double(v)); return { _ in d }
            case .float?, .optional(.float)?: let d = Value.float(Float(v)); return { _ in d }
            case .fixed(let k)?, .optional(.fixed(let k))?: let d = try fixedLiteral(v, k, e); return { _ in d }
            default: let d = Value.int(v); return { _ in d }
            }
        }
        if let fl = e.as(FloatLiteralExprSyntax.self) {
            let text = fl.literal.text.replacingOccurrences(of: "_", with: "")
            guard let d = Double(text) else { throw error("invalid floating-point literal", e) }
            if expected == .float || expected == .optional(.float) { let v = Value.float(Float(d)); return { _ in v } }
            let v = Value.double(d)
            return { _ in v }
        }
        if let b = e.as(BooleanLiteralExprSyntax.self) {
            let v = Value.bool(b.literal.tokenKind == .keyword(.true))
            return { _ in v }
        }
        if e.is(NilLiteralExprSyntax.self) { return { _ in .none } }
        if let s = e.as(StringLiteralExprSyntax.self) { return try stringLiteral(s, expected) }
        if let d = e.as(DeclReferenceExprSyntax.self) { return try reference(d, expected) }
        if let t = e.as(TupleExprSyntax.self) { return try tupleExpr(t, expected) }
        if let a = e.as(ArrayExprSyntax.self) { return try arrayExpr(a, expected) }
        if let d = e.as(DictionaryExprSyntax.self) { return try dictionaryExpr(d, expected) }
        if let inf = e.as(InfixOperatorExprSyntax.self) { return try infix(inf, expected) }
        if let p = e.as(PrefixOperatorExprSyntax.self) { return try prefixExpr(p, expected) }
        if let p = e.as(PostfixOperatorExprSyntax.self) {
            let op = p.operator.text
            if let custom = try customUnary(op, p.expression, prefix: false, p) { return custom }
            let v = try expr(p.expression)
            let l = loc(p)
            let rt = self.rt
            if op == "..." { return { f in .range(RangeBox(lower: try v(f), upper: .void, closed: true)) } }
            return { f in try rt.prefix(op, try v(f), at: l) }
        }
        if let fu = e.as(ForceUnwrapExprSyntax.self) {
            let v = try expr(fu.expression)
            let l = loc(fu.exclamationMark)
            return { f in
                switch try v(f) {
                case .some(let w): return w
                case .none: throw RunError(.runtime, "Fatal error: Unexpectedly found nil while unwrapping an Optional value", at: l)
                case let w: return w
                }
            }
        }
        if let oc = e.as(OptionalChainingExprSyntax.self) {
            // A bare `x?` outside a chain evaluates to x.
            return try expr(oc.expression, expected)
        }
        if let m = e.as(MemberAccessExprSyntax.self) { return try memberAccess(m, expected) }
        if let c = e.as(FunctionCallExprSyntax.self) { return drainingDeinits(try call(c, expected)) }
        if let s = e.as(SubscriptCallExprSyntax.self) { return try subscriptGet(s) }
        if let c = e.as(ClosureExprSyntax.self) { return try closure(c, expected) }
        if let t = e.as(TernaryExprSyntax.self) {
            let c = try condition(t.condition)
            let a = try expr(t.thenExpression, expected ?? staticType(t.elseExpression))
            let b = try expr(t.elseExpression, expected ?? staticType(t.thenExpression))
            return { f in try c(f) ? try a(f) : try b(f) }
        }
        if let t = e.as(TryExprSyntax.self) { return try tryExpr(t, expected) }
        if let a = e.as(AsExprSyntax.self) { return try asExpr(a) }
        if let i = e.as(IsExprSyntax.self) {
            let v = try expr(i.expression)
            let t = typeSpec(i.type)
            let rt = self.rt
            return { f in .bool(rt.isType(try v(f), t)) }
        }
        if let i = e.as(IfExprSyntax.self) { return try valueOfIf(i, expected) }
        if let s = e.as(SwitchExprSyntax.self) { return try valueOfSwitch(s, expected) }
        if e.is(SuperExprSyntax.self) { throw unsupported("'super'", e) }
        if let aw = e.as(AwaitExprSyntax.self) { return try expr(aw.expression, expected) }   // see `signature`: no suspension
        if let kp = e.as(KeyPathExprSyntax.self) { return try keyPathExpr(kp) }
        if let r = e.as(RegexLiteralExprSyntax.self) {
            let v = try RegexHost.literal(r.regex.text, in: session.host)
            return { _ in v }
        }
        if let m = e.as(MacroExpansionExprSyntax.self) {
            guard let v = magicLiteral(m) else { throw unsupported("macros", e) }
            return { _ in v }
        }
        if e.is(InOutExprSyntax.self) { throw error("'&' used with non-inout argument", e) }
        if e.is(DiscardAssignmentExprSyntax.self) { throw error("'_' can only appear in a pattern or on the left side of an assignment", e) }
        if e.is(GenericSpecializationExprSyntax.self) { throw unsupported("generic specialization", e) }
        throw unsupported("this expression (\(e.kind))", e)
    }

    func intLiteral(_ i: IntegerLiteralExprSyntax) throws -> Int {
        var text = i.literal.text.replacingOccurrences(of: "_", with: "")
        var radix = 10
        if text.hasPrefix("0x") { radix = 16; text.removeFirst(2) }
        else if text.hasPrefix("0b") { radix = 2; text.removeFirst(2) }
        else if text.hasPrefix("0o") { radix = 8; text.removeFirst(2) }
        guard let v = Int(text, radix: radix) else {
            throw error("integer literal '\(i.literal.text)' overflows when stored into 'Int'", i)
        }
        return v
    }

    // MARK: Names

    func reference(_ d: DeclReferenceExprSyntax, _ expected: TypeSpec?) throws -> Eval {
        let name = d.baseName.text
        if let names = d.argumentNames {
            return try functionReference(callee: name, labels: names.arguments.map { $0.name.text == "_" ? nil : $0.name.text }, d)
        }
        if name == "self" { return try selfValue(d) }
        if name.hasPrefix("$"), let n = Int(name.dropFirst()) {
            if n < ctx.shorthandSlots.count {
                let s = ctx.shorthandSlots[n]
                return { f in f.slots[s] }
            }
            // In a loop's iteration scope the closure's `$n` is a frame further out.
            guard case .variable(let ref) = resolve(name) else {
                throw error("anonymous closure argument not contained in a closure", d)
            }
            return load(ref)
        }
        switch resolve(name) {
        case .variable(let ref): return load(ref)
        case .accessor(let a, let depth): return accessorLoad(a, depth)
        case .selfMember(let depth, let type, let member):
            let base = selfLoad(depth)
            if let idx = type.propertyIndex[member] {
                if depth == 0 {
                    return { f in
                        switch f.slots.pointee {
                        case .structure(let i), .object(let i): return i.fields[idx]
                        default: return .void
                        }
                    }
                }
                return { f in
                    switch base(f) {
                    case .structure(let i), .object(let i): return i.fields[idx]
                    default: return .void
                    }
                }
            }
            // In a protocol or standard-type extension, `self` is whatever conforming value the
            // call is on: its members are looked up at run time.
            let dynamicSelf = type.kind == .protocolType || type.kind == .extensionTable
            if !dynamicSelf, let getter = type.computed[member]?.get {
                let rt = self.rt
                return { f in try rt.invoke(getter, [], self: base(f)) }
            }
            if member == "rawValue" || dynamicSelf || type.methods[member] == nil {
                let rt = self.rt
                let l = loc(d)
                let cache = MemberCache()
                return { f in try rt.getExtendedMember(base(f), member, cache, at: l) }
            }
            if let methods = type.methods[member], let m = methods.first {
                let rt = self.rt
                return { f in rt.boundMethod(m, base(f)) }
            }
            throw error("cannot find '\(name)' in scope", d)
        case .selfStatic(let type, let member):
            // `map(*)` inside the type's own `static func *`: the operator for every operand type.
            if let op = builtinFunctionValue(member), member.first.map({ !$0.isLetter && $0 != "_" }) == true {
                return { _ in .function(op) }
            }
            return try staticMember(.user(type), member, d)
        case .functions(let fs):
            guard let fn = fs.first else { throw error("cannot find '\(name)' in scope", d) }
            // `reduce(0, +)` after `func + (a: V, b: V)`: the operator still works on numbers.
            if let builtin = builtinFunctionValue(name) { return { _ in .function(builtin) } }
            return { _ in .function(fn) }
        case .userType(let t): let v = Value.type(TypeRef(.user(t))); return { _ in v }
        case .hostType(let t): let v = Value.type(TypeRef(.host(t))); return { _ in v }
        case .hostValue(let v): return { _ in v }
        case .hostFunction(let fs):
            guard let hf = fs.first else { throw error("cannot find '\(name)' in scope", d) }
            let s = session
            let fn = Function(name: name, params: hf.params.map { Param(label: $0.label, name: "_") })
            fn.native = { args in try hf.body(HostCall(arguments: args, receiver: nil, session: s)) }
            return { _ in .function(fn) }
        case .none:
            if let b = builtinValue(name) { return { _ in b } }
            if builtinTypeNames.contains(name) { let v = Value.type(TypeRef(.builtin(name))); return { _ in v } }
            if let fn = builtinFunctionValue(name) { return { _ in .function(fn) } }
            if sandboxed.contains(name) { throw RunError(.unsupported, unavailable(name), at: loc(d)) }
            if let s = genericSource(name) { return genericTypeValue(s, d) }
            if isGenericParameterInScope(name) {
                // `T` bound by no value parameter (`func unwrap<T>(_ e: @autoclosure () -> T?)`):
                // its name stands in, as when it cannot be read off the argument.
                let v = Value.type(TypeRef(.builtin(name)))
                return { _ in v }
            }
            throw error("cannot find '\(name)' in scope", d)
        }
    }

    func load(_ ref: VarRef) -> Eval {
        switch ref {
        case .local(let depth, let l):
            let s = l.slot
            switch depth {
            case 0: return { f in f.slots[s] }
            // Through the cached slot pointers: no retain and release of the defining frame.
            case 1: return { f in f.header.parentSlots[s] }
            default: return { f in f.ancestorSlots(depth)[s] }
            }
        case .global(let g):
            let box = g.box
            return { _ in box.value }
        }
    }

    /// The frame depth of the innermost enclosing method (whose slot 0 is `self`).
    func selfDepth(_ node: some SyntaxProtocol) throws -> Int {
        var c: FunctionContext? = ctx
        var depth = 0
        while let cur = c {
            if cur.selfType != nil { return depth }
            c = cur.parent
            depth += 1
        }
        throw error("cannot find 'self' in scope", node)
    }

    func selfLoad(_ depth: Int) -> (Frame) -> Value {
        switch depth {
        case 0: return { f in f.slots[0] }
        case 1: return { f in f.header.parentSlots[0] }
        default: return { f in f.ancestorSlots(depth)[0] }
        }
    }

    func selfValue(_ node: some SyntaxProtocol) throws -> Eval {
        let load = selfLoad(try selfDepth(node))
        return { f in load(f) }
    }

    // MARK: try, as

    func tryExpr(_ t: TryExprSyntax, _ expected: TypeSpec?) throws -> Eval {
        tryDepth += 1
        defer { tryDepth -= 1 }
        let v = try expr(t.expression, expected)
        switch t.questionOrExclamationMark?.tokenKind {
        case .postfixQuestionMark?, .infixQuestionMark?:
            return { f in
                do { return try v(f).asOptional } catch is ThrownError { return .none } catch let e as RunError where e.catchable { return .none }
            }
        case .exclamationMark?:
            let l = loc(t)
            let rt = self.rt
            return { f in
                do { return try v(f) } catch let e as ThrownError {
                    throw RunError(.runtime, "Fatal error: 'try!' expression unexpectedly raised an error: \(try rt.describe(e.value, debug: true))", at: l)
                }
            }
        default:
            return v
        }
    }

    func asExpr(_ a: AsExprSyntax) throws -> Eval {
        let t = typeSpec(a.type)
        let rt = self.rt
        switch a.questionOrExclamationMark?.tokenKind {
        case .postfixQuestionMark?, .infixQuestionMark?:
            let v = try expr(a.expression)
            return { f in
                let x = try v(f)
                return rt.isType(x, t) ? rt.coerce(x.unwrapped ?? x, to: t).asOptional : .none
            }
        case .exclamationMark?:
            let v = try expr(a.expression)
            let l = loc(a)
            return { f in
                let x = try v(f)
                if rt.isType(x, t) { return rt.coerce(x, to: t) }
                throw RunError(.runtime, "Fatal error: Could not cast value of type '\(x.typeName)' to '\(t.description)'", at: l)
            }
        default:
            let v = try expr(a.expression, t)
            return { f in rt.coerce(try v(f), to: t) }
        }
    }

    // MARK: if / switch as values

    func valueOfIf(_ i: IfExprSyntax, _ expected: TypeSpec?) throws -> Eval {
        let slot = ctx.allocate()
        let exec = try branchValues(of: i, slot: slot, expected)
        return { f in _ = try exec(f); return f.slots[slot] }
    }

    private func branchValues(of i: IfExprSyntax, slot: Int, _ expected: TypeSpec?) throws -> Exec {
        let (cond, body) = try withScope { () throws -> ((Frame) throws -> Bool, Exec) in
            (try conditions(i.conditions), try valueBlock(i.body.statements, slot: slot, expected))
        }
        let otherwise: Exec
        switch i.elseBody {
        case .ifExpr(let e)?: otherwise = try branchValues(of: e, slot: slot, expected)
        case .codeBlock(let b)?: otherwise = try withScope { try valueBlock(b.statements, slot: slot, expected) }
        case nil: throw error("'if' must have an unconditional 'else' to be used as an expression", i)
        }
        return { f in try cond(f) ? try body(f) : try otherwise(f) }
    }

    /// A block whose last expression is stored into `slot` (branches of `if`/`switch` values).
    func valueBlock(_ items: CodeBlockItemListSyntax, slot: Int, _ expected: TypeSpec?) throws -> Exec {
        guard let last = items.last, case .expr(let e) = last.item else { return try block(items) }
        let head = try block(CodeBlockItemListSyntax(Array(items.dropLast())))
        let v = try expr(e, expected)
        return { f in
            let r = try head(f)
            guard case .normal = r else { return r }
            f.slots[slot] = try v(f)
            return .normal
        }
    }

    func valueOfSwitch(_ s: SwitchExprSyntax, _ expected: TypeSpec?) throws -> Eval {
        let slot = ctx.allocate()
        var rewritten: [SwitchCaseListSyntax.Element] = []
        _ = rewritten
        rewritten = []
        valueSwitchSlot = (slot, expected)
        defer { valueSwitchSlot = nil }
        let exec = try switchStatement(s)
        return { f in _ = try exec(f); return f.slots[slot] }
    }

    // MARK: Prefix operators

    func prefixExpr(_ p: PrefixOperatorExprSyntax, _ expected: TypeSpec?) throws -> Eval {
        let op = p.operator.text
        if op == "-", let i = p.expression.as(IntegerLiteralExprSyntax.self) {
            let text = i.literal.text.replacingOccurrences(of: "_", with: "")
            let v: Int
            if text == "9223372036854775808" { v = Int.min } else { v = -(try intLiteral(i)) }
            switch expected {
            case .double?, .optional(.double)?: let d = Value.double(Double(v)); return { _ in d }
            case .float?, .optional(.float)?: let d = Value.float(Float(v)); return { _ in d }
            case .fixed(let k)?, .optional(.fixed(let k))?: let d = try fixedLiteral(v, k, p); return { _ in d }
            default: let d = Value.int(v); return { _ in d }
            }
        }
        if op == "&" { throw error("'&' may only be used to pass an argument to inout parameter", p) }
        if let custom = try customUnary(op, p.expression, prefix: true, p) { return custom }
        let v = try expr(p.expression, expected)
        let l = loc(p)
        let rt = self.rt
        switch op {
        case "!":
            return { f in
                if case .bool(let b) = try v(f) { return .bool(!b) }
                throw RunError(.runtime, "cannot apply '!' to a non-Bool value", at: l)
            }
        case "-":
            return { f in
                switch try v(f) {
                case .int(let x) where x != Int.min: return .int(-x)
                case .double(let x): return .double(-x)
                case let other: return try rt.prefix("-", other, at: l)
                }
            }
        default:
            return { f in try rt.prefix(op, try v(f), at: l) }
        }
    }

}

extension Compiler {
    /// `#line`, `#column`, `#file`, `#filePath`, `#fileID`, `#function`: what Swift's magic
    /// literals give, with the notebook as the file (in a default argument: where it is written).
    static let magicLiterals: Set<String> = ["line", "column", "file", "filePath", "fileID", "function"]

    func magicLiteral(_ m: MacroExpansionExprSyntax) -> Value? {
        guard m.arguments.isEmpty, m.trailingClosure == nil else { return nil }
        let l = loc(m)
        switch m.macroName.text {
        case "line": return .fixed(FixedInt(UInt(file.firstLine - 1 + l.line), .uint))
        case "column": return .fixed(FixedInt(UInt(l.column), .uint))
        case "file", "filePath": return .string(file.path)
        case "fileID": return .string("main/" + (file.path.split(separator: "/").last.map(String.init) ?? file.path))
        case "function": return .string(ctx.isTopLevel ? "main" : ctx.name)
        default: return nil
        }
    }
}
