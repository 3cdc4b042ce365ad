import Foundation
import SwiftSyntax

/// Builtin initializers (`Int(x)`, `Double(s)`, `String(format:)`, `Array(repeating:count:)`)
/// and static members (`Int.max`, `Double.pi`, `Double.random(in:)`).
extension Compiler {
    func builtinInit(_ name: String, _ args: [CallArg], _ node: FunctionCallExprSyntax, elementType: TypeSpec?) throws -> Eval {
        let labels = args.map(\.label)
        let evs = try args.map { a -> EvalRef in
            let exp: TypeSpec? = (labels.first == "repeating" && a.label == "repeating") ? elementType : nil
            return EvalRef(try expr(a.expr, exp))
        }
        let rt = self.rt
        let l = loc(node)
        let elem = elementType
        if evs.count == 1, labels[0] == nil, name == "Double" || name == "Int" || name == "String" {
            // `Double(i)`, `Int(x)`, `String(s)`: the common conversions without an argument array.
            let a = evs[0].run
            let toDouble = name == "Double", toString = name == "String"
            return { f in
                let v = try a(f)
                if toDouble, case .int(let i) = v { return .double(Double(i)) }
                if toString, case .string = v { return v }
                if !toDouble, !toString, case .int = v { return v }
                return try rt.construct(builtin: name, [v], labels, elementType: elem, at: l)
            }
        }
        return { f in
            var vals: [Value] = []
            for e in evs { vals.append(try e.run(f)) }
            return try rt.construct(builtin: name, vals, labels, elementType: elem, at: l)
        }
    }

    func builtinStatic(_ type: String, _ name: String) -> Value? { Runtime.builtinStaticValue(type, name) }
}

extension Runtime {
    /// A static member of a standard type (`Int.max`, `Double.pi`, `Double.zero`).
    static func builtinStaticValue(_ type: String, _ name: String) -> Value? {
        switch (type, name) {
        case ("Double", "zero"): return .double(0)
        case ("Float", "zero"): return .float(0)
        case ("Optional", "none"): return Value.none
        case ("Int", "max"): return .int(Int.max)
        case ("Int", "min"): return .int(Int.min)
        case ("Double", "pi"): return .double(Double.pi)
        case ("Double", "infinity"): return .double(Double.infinity)
        case ("Double", "nan"): return .double(Double.nan)
        case ("Double", "greatestFiniteMagnitude"): return .double(Double.greatestFiniteMagnitude)
        case ("Double", "leastNormalMagnitude"): return .double(Double.leastNormalMagnitude)
        case ("Double", "leastNonzeroMagnitude"): return .double(Double.leastNonzeroMagnitude)
        case ("Double", "ulpOfOne"): return .double(Double.ulpOfOne)
        case ("Float", "pi"): return .float(Float.pi)
        case ("Float", "infinity"): return .float(Float.infinity)
        case ("Float", "nan"): return .float(Float.nan)
        case ("Double", "e"): return .double(M_E)
        case ("Float", "greatestFiniteMagnitude"): return .float(Float.greatestFiniteMagnitude)
        case (_, "self"): return .type(TypeRef(.builtin(type)))
        case ("CharacterSet", _), ("NSCharacterSet", _): return Runtime.characterSets[name].map { .charSet($0) }
        case ("Int", "bitWidth"), ("Int", "zero"): return Runtime.fixedStatic(.int, name)
        default:
            if let k = IntKind.byName[type] { return Runtime.fixedStatic(k, name) }
            return nil
        }
    }
}

extension Compiler {

    func builtinStaticCall(_ type: String, _ name: String, _ args: [CallArg], _ node: some SyntaxProtocol) throws -> Eval {
        let numeric: TypeSpec? = type == "Double" ? .double : (type == "Float" ? .float : nil)
        if name == "init", let c = node.as(FunctionCallExprSyntax.self) { return try builtinInit(type, args, c, elementType: nil) }
        if type == "Result", BuiltinEnums.result.caseIndex[name] != nil { return try staticCall(.user(BuiltinEnums.result), name, args, node, nil) }
        if type == "Optional", name == "some", args.count == 1, args[0].label == nil {
            let v = try expr(args[0].expr)
            return { f in .some(try v(f)) }
        }
        let evs = try args.map { try expr($0.expr, numeric) }
        let labels = args.map(\.label)
        let rt = self.rt
        let l = loc(node)
        switch (type, name) {
        case ("Int", "random"), ("Double", "random"), ("Float", "random"), ("Bool", "random"):
            return { f in
                let vals = try evs.map { try $0(f) }
                return try rt.random(type, vals, labels, at: l)
            }
        case ("Double", "maximum"), ("Double", "minimum"):
            return { f in
                let vals = try evs.map { try $0(f).toDouble() }
                guard vals.count == 2 else { throw RunError(.runtime, "expected two arguments", at: l) }
                return .double(name == "maximum" ? Double.maximum(vals[0], vals[1]) : Double.minimum(vals[0], vals[1]))
            }
        case ("String", "IndexDistance"), ("Substring", "IndexDistance"):
            // `String.IndexDistance(n)`: the (deprecated) alias of Int.
            return { f in .int(try evs[0](f).toInt()) }
        case ("String", "Index"), ("Substring", "Index"):
            // `String.Index(encodedOffset: i)` (UTF-16 offset), `String.Index(utf16Offset: i, in: s)`.
            return { f in
                let vals = try evs.map { try $0(f) }
                let offset = try vals[0].toInt()
                if labels == ["utf16Offset", "in"], case .string(let s) = vals[1] { return .stringIndex(String.Index(utf16Offset: offset, in: s)) }
                guard labels == ["encodedOffset"] else { throw RunError(.runtime, "String.Index takes encodedOffset: or utf16Offset:in:", at: l) }
                return .stringIndex(Runtime.encodedOffsetIndex(offset))
            }
        default:
            throw error("type '\(type)' has no member '\(name)'", node)
        }
    }
}

extension Runtime {
    func random(_ type: String, _ vals: [Value], _ labels: [String?], at l: Loc) throws -> Value {
        if type == "Bool" { return .bool(Bool.random(using: &random)) }
        guard vals.count == 1, labels.first == "in", case .range(let r) = vals[0] else {
            throw RunError(.runtime, "use \(type).random(in: range)", at: l)
        }
        switch type {
        case "Int":
            guard case .int(let lo) = r.lower, case .int(let hi) = r.upper else { throw RunError(.runtime, "Int.random needs Int bounds", at: l) }
            if r.closed {
                guard lo <= hi else { throw RunError(.runtime, "Fatal error: Range requires lowerBound <= upperBound", at: l) }
                return .int(Int.random(in: lo...hi, using: &random))
            }
            guard lo < hi else { throw RunError(.runtime, "Fatal error: Can't get random value with an empty range", at: l) }
            return .int(Int.random(in: lo..<hi, using: &random))
        default:
            let lo = try r.lower.toDouble(), hi = try r.upper.toDouble()
            let d: Double
            if r.closed {
                guard lo <= hi else { throw RunError(.runtime, "Fatal error: Range requires lowerBound <= upperBound", at: l) }
            } else {
                guard lo < hi else { throw RunError(.runtime, "Fatal error: Can't get random value with an empty range", at: l) }
            }
            // Swift traps on infinite bounds or a span that overflows to infinity (±max).
            guard (hi - lo).isFinite else {
                throw RunError(.runtime, "Fatal error: There is no uniform distribution on an infinite range", at: l)
            }
            if r.closed {
                d = Double.random(in: lo...hi, using: &random)
            } else {
                d = Double.random(in: lo..<hi, using: &random)
            }
            return type == "Float" ? .float(Float(d)) : .double(d)
        }
    }

    func construct(builtin name: String, _ a: [Value], _ labels: [String?], elementType: TypeSpec?, at l: Loc) throws -> Value {
        switch name {
        case "AnyIterator", "AnySequence":
            if let v = try typeErasedSequence(name, a, at: l) { return v }
        case "Int8", "Int16", "Int32", "Int64", "UInt", "UInt8", "UInt16", "UInt32", "UInt64":
            if let k = IntKind.byName[name], let v = try constructFixed(k, a, labels, at: l) { return v }
        case "Int" where Runtime.needsFixedForm(a, labels):
            if let v = try constructFixed(.int, a, labels, at: l) { return v }
        case "Int":
            guard a.count == 1 else { break }
            switch a[0] {
            case .int: return a[0]
            case .double(let d): return try intFrom(d, at: l)
            case .float(let d): return try intFrom(Double(d), at: l)
            case .string(let s):
                if (labels.first ?? nil) == nil { return Int(s).map { .some(.int($0)) } ?? Value.none }
            case .character(let c): return Int(String(c)).map { .some(.int($0)) } ?? Value.none
            case .bool(let b): return .int(b ? 1 : 0)
            default: break
            }
        case "Double", "Float":
            guard a.count == 1 else { break }
            let wrap: (Double) -> Value = { name == "Float" ? .float(Float($0)) : .double($0) }
            switch a[0] {
            case .int(let x): return wrap(Double(x))
            case .double(let x): return wrap(x)
            case .float(let x): return name == "Float" ? .float(x) : .double(Double(x))
            case .fixed(let x): return wrap(x.doubleValue)
            case .substring(let s): return Double(s).map { .some(wrap($0)) } ?? Value.none
            case .string(let s): return Double(s).map { .some(wrap($0)) } ?? Value.none
            default: break
            }
        case "Bool":
            if a.count == 1, case .bool = a[0] { return a[0] }
            if a.count == 1, case .string(let s) = a[0] { return Bool(s).map { .some(.bool($0)) } ?? Value.none }
        case "Hasher":
            if a.isEmpty { return Hashing.newHasher() }
        case "CharacterSet":
            if let v = try constructCharacterSet(a, labels, at: l) { return v }
        case "Substring":
            if a.count == 1 { return .substring(Substring(try describe(a[0]))) }
        case "UnicodeScalar":
            if let v = constructUnicodeScalar(a) { return v }
        case "Character":
            if a.count == 1, case .string(let s) = a[0], s.count == 1, let c = s.first { return .character(c) }
            if a.count == 1, case .character = a[0] { return a[0] }
        case "String":
            if a.isEmpty { return .string("") }
            if labels == ["decoding", "as"] {
                let bytes = try sequence(a[0], at: l).map { UInt8(truncatingIfNeeded: try $0.toInt()) }
                return .string(String(decoding: bytes, as: UTF8.self))
            }
            // `String(format: f, arguments: [x, y])` takes the values as one array.
            if labels.first == "format", labels.count == 2, labels[1] == "arguments", case .array(let values) = a[1] {
                return .string(try format(try a[0].toStringValue(), values, at: l))
            }
            if labels.first == "format" { return .string(try format(try a[0].toStringValue(), Array(a.dropFirst()), at: l)) }
            if labels.first == "repeating", a.count == 2, case .int(let n) = a[1] {
                let s = try a[0].toStringValue()
                guard n >= 0 else { throw RunError(.runtime, "Fatal error: Negative count not allowed", at: l) }
                try checkSize(count: n, stride: Swift.max(1, s.utf8.count))
                return .string(String(repeating: s, count: n))
            }
            if a.count >= 2, labels[1] == "radix", let (w, _) = a[0].wideInteger, case .int(let r) = a[1] {
                guard (2...36).contains(r) else { throw RunError(.runtime, "Fatal error: Radix must be between 2 and 36", at: l) }
                let upper = a.count == 3 ? try a[2].toBool() : false
                switch w {
                case .signed(let x): return .string(String(x, radix: r, uppercase: upper))
                case .unsigned(let x): return .string(String(x, radix: r, uppercase: upper))
                }
            }
            if a.count == 1 {
                // Swift only accepts a sequence of Characters here, so one-letter strings in the
                // array are Characters whose literal had no type context (`c ? text[i] : " "`).
                if case .array(let items) = a[0], items.allSatisfy({ $0.asCharacter != nil }) {
                    var s = ""
                    for x in items { if let c = x.asCharacter { s.append(c) } }
                    return .string(s)
                }
                return .string(try describe(a[0], debug: labels.first == "reflecting"))
            }
        case "Array":
            if a.isEmpty { return .array([]) }
            if labels == ["repeating", "count"], case .int(let n) = a[1] {
                guard n >= 0 else { throw RunError(.runtime, "Fatal error: Can't construct Array with count < 0", at: l) }
                try checkSize(count: n)
                return .array(Array(repeating: coerce(a[0], to: elementType), count: n))
            }
            if a.count == 1, labels[0] == nil { return .array(try sequence(a[0], at: l).map { coerce($0, to: elementType) }) }
        case "Optional":
            if a.count == 1 { return a[0].asOptional }
        case "Result":
            if a.count == 1, labels[0] == nil || labels[0] == "catching", case .function = a[0] { return try resultCatching(a[0]) }
        case "Set":
            if a.isEmpty { return .set(SetBox()) }
            if a.count == 1, labels[0] == nil { return .set(SetBox(try sequence(a[0], at: l))) }
            if labels.first == "arrayLiteral" { return .set(SetBox(a)) }
            if labels.first == "minimumCapacity" { return .set(SetBox()) }
        case "Dictionary":
            if a.isEmpty { return .dictionary(DictionaryBox()) }
            if labels == ["uniqueKeysWithValues"] {
                let d = DictionaryBox()
                for pair in try sequence(a[0], at: l) {
                    let kv = try tupleElements(pair, at: l)
                    guard kv.count == 2 else { continue }
                    if d.get(kv[0]) != nil { throw RunError(.runtime, "Fatal error: Duplicate values for key: '\(try describe(kv[0]))'", at: l) }
                    d.set(kv[0], kv[1])
                }
                return .dictionary(d)
            }
            if labels == [nil, "uniquingKeysWith"] {
                let d = DictionaryBox()
                try merge(into: d, a[0], combine: a[1], at: l)
                return .dictionary(d)
            }
            if labels == ["minimumCapacity"] { return .dictionary(DictionaryBox()) }
            if labels == ["grouping", "by"] {
                let d = DictionaryBox()
                for x in try sequence(a[0], at: l) {
                    let k = try call(a[1], [x])
                    if case .array(var list)? = d.get(k) { list.append(x); d.set(k, .array(list)) } else { d.set(k, .array([x])) }
                }
                return .dictionary(d)
            }
        default: break
        }
        let given = name + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
        throw RunError(.runtime, "no initializer \(given) for the given arguments (\(a.map(\.typeName).joined(separator: ", ")))", at: l)
    }

    /// `Int(u8)`, `Int(truncatingIfNeeded:)`, `Int(s, radix:)`: the Int initializers written
    /// once for every integer type.
    static func needsFixedForm(_ a: [Value], _ labels: [String?]) -> Bool {
        if a.count == 2 || (labels.first ?? nil) != nil { return true }
        if case .fixed? = a.first { return true }
        if case .substring? = a.first { return true }
        return false
    }

    func intFrom(_ d: Double, at l: Loc) throws -> Value {
        if d.isNaN || d.isInfinite {
            throw RunError(.runtime, "Fatal error: Double value cannot be converted to Int because it is either infinite or NaN", at: l)
        }
        guard d > -9.3e18 && d < 9.3e18, let i = Int(exactly: d.rounded(.towardZero)) else {
            throw RunError(.runtime, "Fatal error: Double value cannot be converted to Int because the result would be greater than Int.max", at: l)
        }
        return .int(i)
    }

    /// `String(format:)` for %d %i %f %.Nf %e %g %s %@ %x %% (with width and flags), built
    /// without Foundation's `%s`, which is broken on Linux.
    func format(_ fmt: String, _ args: [Value], at l: Loc) throws -> String {
        var out = ""
        var chars = Array(fmt)[...]
        var argIndex = 0
        func nextArg() throws -> Value {
            guard argIndex < args.count else { throw RunError(.runtime, "String(format:) has fewer arguments than format specifiers", at: l) }
            argIndex += 1
            return args[argIndex - 1]
        }
        while let c = chars.popFirst() {
            guard c == "%" else { out.append(c); continue }
            var spec = "%"
            while let n = chars.first, "-+ 0#.123456789lhq".contains(n) { spec.append(n); chars.removeFirst() }
            guard let conv = chars.popFirst() else { break }
            try checkFormatWidths(spec)
            let flags = spec.replacingOccurrences(of: "l", with: "").replacingOccurrences(of: "h", with: "").replacingOccurrences(of: "q", with: "")
            switch conv {
            case "%": out += "%"
            case "d", "i", "u":
                let v = try nextArg()
                let n: Int
                switch v {
                case .int(let x): n = x
                case .double(let x): n = try intFrom(x, at: l).toInt()
                default: n = try v.toInt()
                }
                // Swift's %d is 32-bit (Int.max prints -1); %ld is 64-bit.
                out += spec.contains("l") || spec.contains("q") ? String(format: flags + "ld", n) : String(format: flags + "d", Int32(truncatingIfNeeded: n))
            case "x", "X", "o":
                out += String(format: flags + "l" + String(conv), try nextArg().toInt())
            case "f", "F", "e", "E", "g", "G":
                out += String(format: flags + String(conv), try nextArg().toDouble())
            case "s", "@":
                let v = try nextArg()
                var s = try describe(v)
                let digits = flags.dropFirst().filter { $0.isNumber }
                if let width = Int(String(digits)), s.count < width {
                    let pad = String(repeating: " ", count: width - s.count)
                    s = flags.contains("-") ? s + pad : pad + s
                }
                out += s
            case "c":
                // `%c` takes a character code (`String(format: "%c", 65)` is "A").
                let v = try nextArg()
                if case .int(let code) = v, let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: code)) { out += String(Character(scalar)) }
                else if case .fixed(let f) = v, let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: f.bits)) { out += String(Character(scalar)) }
                else { out += try describe(v) }
            default:
                throw RunError(.runtime, "String(format:) does not support '%\(conv)'", at: l)
            }
        }
        return out
    }

    /// Throws a memory-limit error for a width or precision in a format spec (`%99999999999d`)
    /// the budget cannot hold, before Foundation tries to allocate it.
    func checkFormatWidths(_ spec: String) throws {
        for digits in spec.split(whereSeparator: { !$0.isNumber }) {
            try checkSize(count: Int(digits) ?? Int.max, stride: 1)
        }
    }
}

extension Runtime {
    /// What the deprecated `String.Index(encodedOffset:)` makes (notebooks may still call it):
    /// an index whose bits hold only the UTF-16 offset, as the standard library builds it
    /// (`_rawBits = offset << 16`), without calling the deprecated initializer ourselves.
    static func encodedOffsetIndex(_ offset: Int) -> String.Index {
        unsafeBitCast(UInt64(truncatingIfNeeded: offset) &<< 16, to: String.Index.self)
    }
}
