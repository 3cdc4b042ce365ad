import Foundation
import SwiftSyntax

/// Global builtin functions: print, display, math, min/max, stride, zip, swap, fatalError…
typealias BuiltinFn = (Runtime, [Value], [String?], Loc) throws -> Value

let builtinTypeNames: Set<String> = ["Int", "Double", "Float", "Bool", "String", "Character", "Array", "Dictionary", "Set", "Optional",
                                      "Int8", "Int16", "Int32", "Int64", "UInt", "UInt8", "UInt16", "UInt32", "UInt64",
                                      "UnicodeScalar", "Substring", "CharacterSet", "NSCharacterSet", "Result", "UTF8",
                                      "AnyIterator", "AnySequence", "Hasher"]

extension Compiler {
    func builtinFunction(_ name: String, _ args: [CallArg], _ node: FunctionCallExprSyntax, _ expected: TypeSpec?) throws -> Eval? {
        if name == "swap" {
            guard args.count == 2, let a = args[0].expr.as(InOutExprSyntax.self), let b = args[1].expr.as(InOutExprSyntax.self) else {
                throw error("swap needs two inout arguments (&a, &b)", node)
            }
            let la = try lvalue(a.expression), lb = try lvalue(b.expression)
            return { f in
                let x = try la.get(f), y = try lb.get(f)
                try la.access(f) { $0 = y }
                try lb.access(f) { $0 = x }
                return .void
            }
        }
        if sandboxed.contains(name) {
            throw RunError(.unsupported, unavailable(name), at: loc(node))
        }
        guard let impl = Runtime.builtins[name] else { return nil }
        let numeric: TypeSpec? = Runtime.mathNames.contains(name) ? .double : nil
        let evs = try args.map { a -> EvalRef in
            if a.isInout { throw error("'&' used with non-inout argument", a.expr) }
            return EvalRef(try expr(a.expr, numeric ?? (name == "min" || name == "max" ? expected : nil)))
        }
        let labels = args.map(\.label)
        let rt = self.rt
        let l = loc(node)
        if name == "min" || name == "max", evs.count == 2 {
            let adaptA = isNumericLiteral(args[0].expr), adaptB = isNumericLiteral(args[1].expr)
            let a = evs[0].run, b = evs[1].run
            return { f in
                var x = try a(f), y = try b(f)
                if adaptA { x = Runtime.adaptLiteral(x, to: y) }
                if adaptB { y = Runtime.adaptLiteral(y, to: x) }
                return try impl(rt, [x, y], labels, l)
            }
        }
        return { f in
            var vals: [Value] = []
            vals.reserveCapacity(evs.count)
            for e in evs { vals.append(try e.run(f)) }
            return try impl(rt, vals, labels, l)
        }
    }

    /// Why `name` cannot be used: notebooks have no I/O or clock, and some Foundation types
    /// are outside the subset (docs/language.md lists both).
    func unavailable(_ name: String) -> String {
        let outsideSubset: Set<String> = ["Data", "Decimal", "NSDecimalNumber", "Scanner", "NSMutableString", "NSArray",
                                          "NSDictionary", "JSONEncoder", "JSONDecoder", "PropertyListEncoder",
                                          "PropertyListDecoder", "DateFormatter", "Calendar", "DateComponents", "UUID"]
        if outsideSubset.contains(name) { return "'\(name)' is not available in notebooks (not part of the Foundation subset cells use)" }
        if ["Task", "TaskGroup", "withTaskGroup", "withThrowingTaskGroup", "AsyncStream", "MainActor"].contains(name) {
            return "'\(name)' is not available in notebooks (concurrency: async functions run in order, without tasks)"
        }
        return "'\(name)' is not available in notebooks (no files, network, processes, environment or clock)"
    }

    var sandboxed: Set<String> {
        ["readLine", "exit", "sleep", "usleep", "system", "getenv", "setenv", "abort", "fopen", "FileManager", "ProcessInfo",
         "URLSession", "Date", "Process", "FileHandle", "Thread", "DispatchQueue", "URL", "Data",
         "Calendar", "DateComponents", "DateFormatter", "Decimal", "NSDecimalNumber", "TimeZone",
         "UUID", "Bundle", "UserDefaults", "NotificationCenter", "Timer", "RunLoop", "OperationQueue", "DispatchGroup",
         "DispatchSemaphore", "NSMutableString", "NSArray", "NSDictionary",
         "JSONEncoder", "JSONDecoder", "PropertyListEncoder", "PropertyListDecoder", "InputStream", "OutputStream",
         "NSLock", "Host", "URLRequest", "FileAttributeKey", "Scanner",
         "Task", "TaskGroup", "withTaskGroup", "withThrowingTaskGroup", "AsyncStream"]
    }

    func builtinValue(_ name: String) -> Value? {
        switch name {
        case "M_PI": return .double(Double.pi)
        case "M_E": return .double(M_E)
        case "UTF8": return .type(TypeRef(.builtin("UTF8")))
        case "Void": return .type(TypeRef(.builtin("()")))   // the type of `()`, printed as Swift does
        case "stdout", "stderr": return .int(0)   // only ever passed to `fflush`
        default: return nil
        }
    }

    /// Builtins used as values: `map(sqrt)`, `sorted(by: >)`, `reduce(0, +)`.
    func builtinFunctionValue(_ name: String) -> Function? {
        let rt = self.rt
        if ["+", "-", "*", "/", "<", ">", "<=", ">=", "==", "!=", "%", "&+", "&-", "&*", "&", "|", "^", "<<", ">>"].contains(name) {
            let fn = Function(name: name, params: [Param(label: nil, name: "a"), Param(label: nil, name: "b")])
            fn.native = { args in try rt.binary(name, args[0], args[1], at: .unknown) }
            return fn
        }
        if let impl = Runtime.builtins[name] {
            let fn = Function(name: name, params: [Param(label: nil, name: "x")])
            fn.native = { args in try impl(rt, args, args.map { _ in nil }, .unknown) }
            return fn
        }
        return nil
    }
}

extension Runtime {
    static let mathNames: Set<String> = ["sqrt", "exp", "log", "log2", "log10", "pow", "sin", "cos", "tan", "asin", "acos",
                                         "atan", "atan2", "tanh", "sinh", "cosh", "floor", "ceil", "round", "trunc", "exp2", "hypot",
                                         "cbrt", "log1p", "expm1", "asinh", "acosh", "atanh", "fabs"]

    static func math1(_ f: @escaping (Double) -> Double, _ g: @escaping (Float) -> Float) -> BuiltinFn {
        return { _, a, _, l in
            guard a.count == 1 else { throw RunError(.runtime, "expected one argument", at: l) }
            switch a[0] {
            case .double(let x): return .double(f(x))
            case .int(let x): return .double(f(Double(x)))
            case .float(let x): return .float(g(x))
            default: throw RunError(.runtime, "cannot convert value of type '\(a[0].typeName)' to expected argument type 'Double'", at: l)
            }
        }
    }

    static func math2(_ f: @escaping (Double, Double) -> Double) -> BuiltinFn {
        return { _, a, _, l in
            guard a.count == 2 else { throw RunError(.runtime, "expected two arguments", at: l) }
            if case .float(let x) = a[0], case .float(let y) = a[1] { return .float(Float(f(Double(x), Double(y)))) }
            return .double(f(try a[0].toDouble(), try a[1].toDouble()))
        }
    }

    static let builtins: [String: BuiltinFn] = [
        "print": { rt, a, labels, _ in
            var sep = " ", term = "\n"
            var out = ""
            var first = true
            for (v, label) in zip(a, labels) {
                if label == "separator" { sep = try v.toStringValue(); continue }
                if label == "terminator" { term = try v.toStringValue(); continue }
            }
            for (v, label) in zip(a, labels) where label == nil {
                if !first { out += sep }
                first = false
                try rt.describe(v, debug: false, into: &out)
            }
            rt.write(out + term)
            return .void
        },
        "debugPrint": { rt, a, labels, _ in
            var parts: [String] = []
            for (v, label) in zip(a, labels) where label == nil { parts.append(try rt.describe(v, debug: true)) }
            rt.write(parts.joined(separator: " ") + "\n")
            return .void
        },
        "dump": { rt, a, _, _ in try rt.dump(a.first ?? .void) },
        // Output is written as it is printed: flushing has nothing left to do.
        "fflush": { _, _, _, _ in .int(0) },
        "display": { rt, a, _, _ in
            for v in a { rt.display(v) }
            return .void
        },
        "sqrt": math1(Foundation.sqrt, Foundation.sqrt), "exp": math1(Foundation.exp, Foundation.exp),
        "log": math1(Foundation.log, Foundation.log), "log2": math1(Foundation.log2, Foundation.log2),
        "log10": math1(Foundation.log10, Foundation.log10), "sin": math1(Foundation.sin, Foundation.sin),
        "cos": math1(Foundation.cos, Foundation.cos), "tan": math1(Foundation.tan, Foundation.tan),
        "asin": math1(Foundation.asin, Foundation.asin), "acos": math1(Foundation.acos, Foundation.acos),
        "atan": math1(Foundation.atan, Foundation.atan), "tanh": math1(Foundation.tanh, Foundation.tanh),
        "sinh": math1(Foundation.sinh, Foundation.sinh), "cosh": math1(Foundation.cosh, Foundation.cosh),
        "floor": math1(Foundation.floor, Foundation.floor), "ceil": math1(Foundation.ceil, Foundation.ceil),
        "round": math1(Foundation.round, Foundation.round), "trunc": math1(Foundation.trunc, Foundation.trunc),
        "exp2": math1(Foundation.exp2, Foundation.exp2),
        "cbrt": math1(Foundation.cbrt, Foundation.cbrt), "log1p": math1(Foundation.log1p, Foundation.log1p),
        "expm1": math1(Foundation.expm1, Foundation.expm1), "asinh": math1(Foundation.asinh, Foundation.asinh),
        "acosh": math1(Foundation.acosh, Foundation.acosh), "atanh": math1(Foundation.atanh, Foundation.atanh),
        "fabs": math1({ Swift.abs($0) }, { Swift.abs($0) }),
        "sequence": { rt, a, labels, l in try rt.unfold(a, labels, at: l) },
        "pow": math2(Foundation.pow), "fmod": math2(Foundation.fmod), "remainder": math2(Foundation.remainder), "atan2": math2(Foundation.atan2), "hypot": math2(Foundation.hypot),
        "abs": { rt, a, _, l in
            switch a.first {
            case .int(let x)?:
                if x == Int.min { throw RunError(.runtime, Runtime.overflow, at: l) }
                return .int(Swift.abs(x))
            case .double(let x)?: return .double(Swift.abs(x))
            case .float(let x)?: return .float(Swift.abs(x))
            case .fixed(let x)?:
                // 0 - x at x's width: Swift's overflow trap for the minimum.
                guard x.kind.isSigned, Int64(bitPattern: x.bits) < 0 else { return .fixed(x) }
                return try rt.fixedBinary("-", .int(0), .fixed(x), at: l) ?? .fixed(x)
            default: throw RunError(.runtime, "abs needs a number", at: l)
            }
        },
        "min": { rt, a, _, l in try rt.extreme(a, wantMax: false, at: l) },
        "max": { rt, a, _, l in try rt.extreme(a, wantMax: true, at: l) },
        "stride": { rt, a, labels, l in try rt.stride(a, labels, at: l) },
        "zip": { rt, a, _, l in
            guard a.count == 2 else { throw RunError(.runtime, "zip needs two sequences", at: l) }
            if rt.isStreamed(a[0]) || rt.isStreamed(a[1]) {
                // `zip(1..., names)`: as long as the shorter one.
                let nx = try rt.elementStream(a[0], at: l), ny = try rt.elementStream(a[1], at: l)
                var out: [Value] = []
                while let p = try nx(), let q = try ny() { try rt.tick(); out.append(.tuple(TupleBox([p, q]))) }
                return .array(out)
            }
            let x = try rt.sequence(a[0], at: l), y = try rt.sequence(a[1], at: l)
            return .array(zip(x, y).map { .tuple(TupleBox([$0, $1])) })
        },
        "type": { rt, a, _, _ in
            guard let v = a.first else { return .void }
            switch v {
            case .array, .set, .dictionary, .some, .range, .tuple, .function: return .type(TypeRef(.builtin(rt.typeName(of: v, debug: false))))
            case .structure(let i), .object(let i): return .type(TypeRef(.user(i.type)))
            case .enumCase(let e): return .type(TypeRef(.user(e.type)))
            case .host(let h):
                if let lazy = h.payload as? LazySequence { return .type(TypeRef(.builtin(lazy.name))) }
                return .type(TypeRef(.host(h.type)))
            default: return .type(TypeRef(.builtin(v.typeName)))
            }
        },
        "fatalError": { _, a, _, l in
            let msg = (try? a.first?.toStringValue()) ?? nil
            throw RunError(.runtime, "Fatal error" + (msg.map { $0.isEmpty ? "" : ": " + $0 } ?? ""), at: l)
        },
        "precondition": { _, a, _, l in
            if case .bool(false)? = a.first {
                let msg = a.count > 1 ? (try? a[1].toStringValue()) ?? "" : ""
                throw RunError(.runtime, "Fatal error: Precondition failed" + (msg.isEmpty ? "" : ": " + msg), at: l)
            }
            return .void
        },
        "assert": { _, a, _, l in
            if case .bool(false)? = a.first {
                let msg = a.count > 1 ? (try? a[1].toStringValue()) ?? "" : ""
                throw RunError(.runtime, "Fatal error: Assertion failed" + (msg.isEmpty ? "" : ": " + msg), at: l)
            }
            return .void
        },
        "repeatElement": { rt, a, _, l in
            guard a.count == 2, case .int(let n) = a[1], n >= 0 else { throw RunError(.runtime, "repeatElement needs a count", at: l) }
            try rt.checkSize(count: n)
            return .array(Array(repeating: a[0], count: n))
        },
    ]

    func display(_ v: Value) {
        if let output { output.display(v) } else { write((try? describe(v, debug: true)) ?? "" + "\n") }
    }

    func extreme(_ a: [Value], wantMax: Bool, at l: Loc) throws -> Value {
        var items = a
        if a.count == 1 { items = try sequence(a[0], at: l) }
        guard var best = items.first else { throw RunError(.runtime, "min/max need arguments", at: l) }
        for x in items.dropFirst() {
            if let c = compareValues(x, best) {
                if wantMax ? c > 0 : c < 0 { best = x }
            } else if case .bool(let lt)? = try userOperator("<", wantMax ? best : x, wantMax ? x : best, at: l) {
                // A notebook type's own `static func <` (the first of equal elements stays, as in Swift).
                if lt { best = x }
            } else {
                throw RunError(.runtime, "cannot compare '\(x.typeName)' and '\(best.typeName)'", at: l)
            }
        }
        return best
    }

    func stride(_ a: [Value], _ labels: [String?], at l: Loc) throws -> Value {
        guard a.count == 3, labels[0] == "from", labels[2] == "by" else {
            throw RunError(.runtime, "use stride(from:to:by:) or stride(from:through:by:)", at: l)
        }
        let through = labels[1] == "through"
        if case .int(let from) = a[0], case .int(let to) = a[1], case .int(let by) = a[2] {
            if by == 0 { throw RunError(.runtime, "Fatal error: Stride size must not be zero", at: l) }
            try checkSize(count: Runtime.strideCount(from: from, to: to, by: by))
            if through { return .array(Swift.stride(from: from, through: to, by: by).map { .int($0) }) }
            return .array(Swift.stride(from: from, to: to, by: by).map { .int($0) })
        }
        let from = try a[0].toDouble(), to = try a[1].toDouble(), by = try a[2].toDouble()
        if by == 0 { throw RunError(.runtime, "Fatal error: Stride size must not be zero", at: l) }
        let estimate = ((to - from) / by).magnitude + 1
        if !(estimate < Double(limits.memoryBytes / 24)) { try checkSize(count: Int.max / 2) }
        if through { return .array(Swift.stride(from: from, through: to, by: by).map { .double($0) }) }
        return .array(Swift.stride(from: from, to: to, by: by).map { .double($0) })
    }

    /// An upper bound on the elements of an Int stride, Int.max when it does not fit in an Int
    /// (`stride(from: Int.min, to: Int.max, by: 1)`), so the size check throws instead of trapping.
    static func strideCount(from: Int, to: Int, by: Int) -> Int {
        let (span, o1) = to.subtractingReportingOverflow(from)
        let (steps, o2) = span.dividedReportingOverflow(by: by)
        let (count, o3) = steps.addingReportingOverflow(1)
        return o1 || o2 || o3 ? Int.max : Swift.max(0, count)
    }

    /// The elements of any sequence value, as an array.
    func sequence(_ v: Value, at l: Loc) throws -> [Value] {
        switch v {
        case .array(let a): return a
        case .set(let s): return s.items
        case .string(let s): return s.map { .character($0) }
        case .dictionary(let d): return (0..<d.count).map { .tuple(TupleBox([d.keys[$0], d.values[$0]], labels: ["key", "value"])) }
        case .range(let r):
            guard case .int(let lo) = r.lower, case .int(let hi) = r.upper else {
                if let items = try stdlibSequence(v, at: l) { return items }
                throw RunError(.runtime, "cannot iterate a range of \(r.lower.typeName)", at: l)
            }
            let (span, overflow) = hi.subtractingReportingOverflow(lo)
            try checkSize(count: overflow || span == Int.max ? Int.max : Swift.max(0, r.closed ? span + 1 : span))
            if r.closed { return hi >= lo ? (lo...hi).map { .int($0) } : [] }
            return hi > lo ? (lo..<hi).map { .int($0) } : []
        case .some(let w): return try sequence(w, at: l)
        case .substring:
            if let items = try stdlibSequence(v, at: l) { return items }
        case .host(let h):
            if let lazy = h.payload as? LazySequence { return try collect(lazy, at: l) }
            if let hook = h.type.tupleHook { return hook(h).values }
        default:
            if let items = try userSequenceItems(v, at: l) { return items }
        }
        throw RunError(.runtime, "value of type '\(v.typeName)' is not a sequence", at: l)
    }
}
