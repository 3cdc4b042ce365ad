/// Operators on values with Swift's rules: trapping Int overflow and division by zero, no
/// implicit Int/Double mixing (literals are adapted at compile time).
extension Runtime {
    static let overflow = "Fatal error: arithmetic overflow"

    func binary(_ op: String, _ a: Value, _ b: Value, at l: Loc) throws -> Value {
        switch (a, b) {
        case let (.int(x), .int(y)): return try intOp(op, x, y, at: l)
        case let (.double(x), .double(y)): return try doubleOp(op, x, y, at: l)
        case let (.float(x), .float(y)):
            let r = try doubleOp(op, Double(x), Double(y), at: l)
            if case .double(let d) = r { return .float(floatOp(op, x, y) ?? Float(d)) }
            return r
        case let (.string(x), .string(y)):
            switch op {
            case "+":
                try checkSize(count: x.utf8.count + y.utf8.count, stride: 1)
                return .string(x + y)
            case "<": return .bool(x < y)
            case ">": return .bool(x > y)
            case "<=": return .bool(x <= y)
            case ">=": return .bool(x >= y)
            case "==": return .bool(x == y)
            case "!=": return .bool(x != y)
            default: break
            }
        case let (.character(x), .character(y)) where session.functions[op] == nil:
            // `x[i] == y[j]` over `Array(string)`: no operator lookup when none is declared.
            switch op {
            case "==": return .bool(x == y)
            case "!=": return .bool(x != y)
            case "<": return .bool(x < y)
            case ">": return .bool(x > y)
            default: break
            }
        case let (.array(x), .array(y)) where op == "+":
            try checkSize(count: x.count + y.count)
            return .array(x + y)
        case (.fixed, _), (_, .fixed):
            if let r = try fixedBinary(op, a, b, at: l) { return r }
        case let (.substring(x), _):
            return try binary(op, .string(String(x)), b, at: l)
        case let (_, .substring(y)):
            return try binary(op, a, .string(String(y)), at: l)
        default: break
        }
        if let r = try userOperator(op, a, b, at: l) { return r }
        if a.isHost || b.isHost, let hostOps = session.host.binaryOperators[op] {
            for h in hostOps {
                do {
                    if let r = try h(a, b) { return r }
                } catch let e as RunError { throw e } catch {
                    throw RunError(.host, "\(error)", at: l)
                }
            }
        }
        // `fraction == 1` with a synthesized `==`: the literal becomes the notebook type that
        // takes it (ExpressibleByIntegerLiteral…), as Swift's type checker makes it.
        if op == "==" || op == "!=", a.isUserValue != b.isUserValue, let t = (a.isUserValue ? a : b).userType,
           let converted = try operand(a.isUserValue ? b : a, as: .named(t.name)), converted.isUserValue {
            let equal = a.isUserValue ? a == converted : converted == b
            return .bool(equal == (op == "=="))
        }
        switch op {
        case "==": return .bool(a == b)
        case "!=": return .bool(a != b)
        case "===": return .bool(identical(a, b))
        case "!==": return .bool(!identical(a, b))
        case "<", ">", "<=", ">=":
            if let c = compareValues(a, b) {
                switch op {
                case "<": return .bool(c < 0)
                case ">": return .bool(c > 0)
                case "<=": return .bool(c <= 0)
                default: return .bool(c >= 0)
                }
            }
        case "..<", "...":
            return .range(RangeBox(lower: a, upper: b, closed: op == "..."))
        case "~=":
            return .bool(patternMatches(a, b))
        default: break
        }
        throw RunError(.runtime, "binary operator '\(op)' cannot be applied to operands of type '\(a.typeName)' and '\(b.typeName)'", at: l)
    }

    /// `static func + (a: Vec, b: Vec)` in a notebook type, or a global operator function.
    func userOperator(_ op: String, _ a: Value, _ b: Value, at l: Loc) throws -> Value? {
        // `optionalNode == node`: Optional's `==` compares nil-ness, then calls the wrapped
        // type's own `==` on the unwrapped values.
        if op == "==" || op == "!=", a.isOptional || b.isOptional, (a.unwrapped ?? b.unwrapped)?.isUserValue == true {
            guard let x = a.unwrapped, let y = b.unwrapped else { return .bool((a.unwrapped == nil && b.unwrapped == nil) == (op == "==")) }
            return try userOperator(op, x, y, at: l)
        }
        var candidates: [Function] = []
        for v in [a, b] {
            switch v {
            case .structure(let i), .object(let i): candidates += i.type.staticMethods[op] ?? []
            case .enumCase(let e): candidates += e.type.staticMethods[op] ?? []
            default: candidates += session.registry.builtinStaticOperators(v, op)
            }
        }
        candidates += session.functions[op] ?? []
        if candidates.isEmpty {
            if op == "!=", let eq = try userOperator("==", a, b, at: l), case .bool(let x) = eq { return .bool(!x) }
            if op == ">", let lt = try userOperator("<", b, a, at: l) { return lt }
            if op == "<=", case .bool(let x)? = try userOperator("<", b, a, at: l) { return .bool(!x) }
            if op == ">=", case .bool(let x)? = try userOperator("<", a, b, at: l) { return .bool(!x) }
            return nil
        }
        for fn in candidates where fn.params.count == 2 {
            if let t0 = fn.params[0].type, !isType(a, t0), !(t0 == .double && isNumber(a)) { continue }
            if let t1 = fn.params[1].type, !isType(b, t1), !(t1 == .double && isNumber(b)) { continue }
            return try invoke(fn, [a, b], self: fn.hasSelf ? .void : nil)
        }
        // `fraction + 1`, `version < "1.10"`: a literal operand becomes the notebook type that
        // takes it (`ExpressibleByIntegerLiteral`, …), as Swift's type checker makes it.
        for fn in candidates where fn.params.count == 2 {
            guard let x = try operand(a, as: fn.params[0].type), let y = try operand(b, as: fn.params[1].type) else { continue }
            return try invoke(fn, [x, y], self: fn.hasSelf ? .void : nil)
        }
        return nil
    }

    /// `v` as an operand of type `t`: itself, or a literal value built into a notebook type.
    private func operand(_ v: Value, as t: TypeSpec?) throws -> Value? {
        guard let t, !isType(v, t) else { return v }
        if t == .double, isNumber(v) { return v }
        let label: String
        switch v {
        case .int: label = "integerLiteral"
        case .double: label = "floatLiteral"
        case .string: label = "stringLiteral"
        case .bool: label = "booleanLiteral"
        default: return nil
        }
        guard let name = t.typeName, let ut = session.types[name],
              let fn = ut.initializers.first(where: { $0.params.count == 1 && $0.params[0].label == label }) else { return nil }
        return try construct(ut, fn, [v])
    }

    private func isNumber(_ v: Value) -> Bool {
        switch v { case .int, .double: return true; default: return false }
    }

    private func identical(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case let (.object(x), .object(y)): return x === y
        case let (.host(x), .host(y)): return x === y
        case (.none, .none): return true
        case let (.some(x), _): return identical(x, b)
        case let (_, .some(y)): return identical(a, y)
        default: return false
        }
    }

    private func floatOp(_ op: String, _ x: Float, _ y: Float) -> Float? {
        switch op {
        case "+": return x + y
        case "-": return x - y
        case "*": return x * y
        case "/": return x / y
        default: return nil
        }
    }

    @inline(__always) func intOp(_ op: String, _ x: Int, _ y: Int, at l: Loc) throws -> Value {
        switch op {
        case "+":
            let (r, o) = x.addingReportingOverflow(y)
            if o { throw RunError(.runtime, Runtime.overflow, at: l) }
            return .int(r)
        case "-":
            let (r, o) = x.subtractingReportingOverflow(y)
            if o { throw RunError(.runtime, Runtime.overflow, at: l) }
            return .int(r)
        case "*":
            let (r, o) = x.multipliedReportingOverflow(by: y)
            if o { throw RunError(.runtime, Runtime.overflow, at: l) }
            return .int(r)
        case "/":
            if y == 0 { throw RunError(.runtime, "Fatal error: Division by zero", at: l) }
            let (r, o) = x.dividedReportingOverflow(by: y)
            if o { throw RunError(.runtime, Runtime.overflow, at: l) }
            return .int(r)
        case "%":
            if y == 0 { throw RunError(.runtime, "Fatal error: Division by zero in remainder operation", at: l) }
            let (r, o) = x.remainderReportingOverflow(dividingBy: y)
            if o { throw RunError(.runtime, Runtime.overflow, at: l) }
            return .int(r)
        case "<": return .bool(x < y)
        case ">": return .bool(x > y)
        case "<=": return .bool(x <= y)
        case ">=": return .bool(x >= y)
        case "==": return .bool(x == y)
        case "!=": return .bool(x != y)
        case "&+": return .int(x &+ y)
        case "&-": return .int(x &- y)
        case "&*": return .int(x &* y)
        case "&": return .int(x & y)
        case "|": return .int(x | y)
        case "^": return .int(x ^ y)
        case "<<": return .int(x << y)
        case ">>": return .int(x >> y)
        case "&<<": return .int(x &<< y)
        case "&>>": return .int(x &>> y)
        case "..<":
            if y < x { throw RunError(.runtime, "Fatal error: Range requires lowerBound <= upperBound", at: l) }
            return .range(RangeBox(lower: .int(x), upper: .int(y), closed: false))
        case "...":
            if y < x { throw RunError(.runtime, "Fatal error: Range requires lowerBound <= upperBound", at: l) }
            return .range(RangeBox(lower: .int(x), upper: .int(y), closed: true))
        default:
            throw RunError(.runtime, "binary operator '\(op)' cannot be applied to two 'Int' operands", at: l)
        }
    }

    @inline(__always) func doubleOp(_ op: String, _ x: Double, _ y: Double, at l: Loc) throws -> Value {
        switch op {
        case "+": return .double(x + y)
        case "-": return .double(x - y)
        case "*": return .double(x * y)
        case "/": return .double(x / y)
        case "<": return .bool(x < y)
        case ">": return .bool(x > y)
        case "<=": return .bool(x <= y)
        case ">=": return .bool(x >= y)
        case "==": return .bool(x == y)
        case "!=": return .bool(x != y)
        case "..<", "...":
            if y < x { throw RunError(.runtime, "Fatal error: Range requires lowerBound <= upperBound", at: l) }
            return .range(RangeBox(lower: .double(x), upper: .double(y), closed: op == "..."))
        case "%":
            throw RunError(.runtime, "'%' is unavailable: For floating point numbers use truncatingRemainder instead", at: l)
        default:
            throw RunError(.runtime, "binary operator '\(op)' cannot be applied to two 'Double' operands", at: l)
        }
    }

    func prefix(_ op: String, _ v: Value, at l: Loc) throws -> Value {
        switch (op, v) {
        case ("-", .int(let x)):
            if x == Int.min { throw RunError(.runtime, Runtime.overflow, at: l) }
            return .int(-x)
        case ("-", .double(let x)): return .double(-x)
        case ("-", .float(let x)): return .float(-x)
        case ("+", .int), ("+", .double), ("+", .float): return v
        case ("!", .bool(let b)): return .bool(!b)
        case ("~", .int(let x)): return .int(~x)
        case ("..<", _): return .range(RangeBox(lower: .void, upper: v, closed: false))
        case ("...", _): return .range(RangeBox(lower: .void, upper: v, closed: true))
        default: break
        }
        if case .fixed(let x) = v, let r = try fixedPrefix(op, x, at: l) { return r }
        if v.isHost, let hostOps = session.host.prefixOperators[op] {
            for h in hostOps {
                do {
                    if let r = try h(v) { return r }
                } catch let e as RunError { throw e } catch {
                    throw RunError(.host, "\(error)", at: l)
                }
            }
        }
        throw RunError(.runtime, "unary operator '\(op)' cannot be applied to an operand of type '\(v.typeName)'", at: l)
    }
}

extension Value {
    var isHost: Bool { if case .host = self { return true }; return false }
    var isOptional: Bool {
        switch self { case .none, .some: return true; default: return false }
    }
    var isUserValue: Bool {
        switch self { case .structure, .object, .enumCase: return true; default: return false }
    }
}
