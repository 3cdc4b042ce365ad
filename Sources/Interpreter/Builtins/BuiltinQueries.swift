import Foundation

/// Non-mutating methods and properties of builtin values.
extension Runtime {
    static func seq(_ rt: Runtime, _ v: Value, _ l: Loc) throws -> [Value] { try rt.sequence(v, at: l) }

    /// `dropFirst`/`dropLast`'s count (default 1); Swift traps on a negative one.
    static func dropCount(_ a: [Value], _ l: Loc) throws -> Int {
        let k = try a.first?.toInt() ?? 1
        guard k >= 0 else { throw RunError(.runtime, "Fatal error: Can't drop a negative number of elements from a collection", at: l) }
        return k
    }

    /// Keeps a string a string for `filter`, `prefix`, `dropFirst`… as Swift does.
    static func same(_ original: Value, _ items: [Value]) -> Value {
        if original.isText {
            var s = ""
            for case .character(let c) in items { s.append(c) }
            return .string(s)
        }
        if case .set = original { return .set(SetBox(items)) }
        return .array(items)
    }

    /// A number, Bool or Character: `x.map { … }` on one is `Optional.map` on a value a
    /// closure returned without wrapping (`best.map { max($0, x) } ?? x` in a `reduce(nil)`).
    static func isNeverSequence(_ v: Value) -> Bool {
        switch v {
        case .int, .double, .float, .bool, .fixed, .character: return true
        default: return false
        }
    }

    static let methods: [String: NonMut] = [
        "map": { rt, v, a, l in
            if case .some(let w) = v { return .some(try rt.call(a[0], [w])) }
            if case .none = v { return .none }
            if isNeverSequence(v) { return .some(try rt.call(a[0], [v])) }  // an optional stored unwrapped
            if case .dictionary = v { return .array(try seq(rt, v, l).map { try rt.call1(a[0], $0) }) }
            let items = try seq(rt, v, l)
            var out: [Value] = []
            out.reserveCapacity(items.count)
            for x in items { out.append(try rt.call1(a[0], x)) }
            return .array(out)
        },
        "compactMap": { rt, v, a, l in
            .array(try seq(rt, v, l).compactMap { try rt.call1(a[0], $0).unwrapped })
        },
        "flatMap": { rt, v, a, l in
            if case .some(let w) = v { return try rt.call(a[0], [w]).asOptional }
            if case .none = v { return .none }
            if isNeverSequence(v) { return try rt.call(a[0], [v]).asOptional }
            // A closure returning an Optional is the old spelling of compactMap.
            var out: [Value] = []
            for x in try seq(rt, v, l) {
                switch try rt.call1(a[0], x) {
                case .none: continue
                case .some(let w): out.append(w)
                case let r where isNeverSequence(r): out.append(r)
                case let r: out.append(contentsOf: try rt.sequence(r, at: l))
                }
            }
            return .array(out)
        },
        "mapValues": { rt, v, a, l in
            guard case .dictionary(let d) = v else { throw RunError(.runtime, "mapValues needs a Dictionary", at: l) }
            return .dictionary(DictionaryBox(keys: d.keys, values: try d.values.map { try rt.call1(a[0], $0) }))
        },
        "filter": { rt, v, a, l in
            var out: [Value] = []
            for x in try seq(rt, v, l) where try rt.truth(rt.call1(a[0], x), at: l) { out.append(x) }
            if case .dictionary = v {
                let d = DictionaryBox()
                for p in out { if case .tuple(let t) = p { d.set(t.values[0], t.values[1]) } }
                return .dictionary(d)
            }
            return same(v, out)
        },
        "reduce": { rt, v, a, l in
            guard a.count == 2 else { throw RunError(.runtime, "reduce needs an initial value and a closure", at: l) }
            let items = try seq(rt, v, l)
            var acc = a[0]
            let resultIsOptional: Bool = { if case .none = acc { return true }; return false }()
            if case .int(let i) = acc, let first = items.first {
                if case .double = first { acc = .double(Double(i)) }
                if case .float = first { acc = .float(Float(i)) }
            }
            for (i, x) in items.enumerated() {
                var next: Value
                do {
                    next = try rt.call2(a[1], acc, x)
                } catch let e as RunError where i == 0 && e.message.hasPrefix("binary operator") {
                    // `reduce(0) { $0 + $1.price }`: the literal 0 is a Double in Swift.
                    guard case .int(let k) = acc else { throw e }
                    acc = .double(Double(k))
                    next = try rt.call2(a[1], acc, x)
                }
                if case .tuple(let old) = acc, case .tuple(let new) = next, new.values.count == old.values.count,
                   new.labels.allSatisfy({ $0 == nil }) {
                    next = .tuple(TupleBox(new.values, labels: old.labels))
                }
                // `reduce(nil) { … ?? x }`: a nil start makes the result type optional.
                if resultIsOptional { next = next.asOptional }
                acc = next
            }
            return acc
        },
        "reduce(into:_:)": { rt, v, a, l in
            guard case .function(let fn) = a[1] else { throw RunError(.runtime, "reduce(into:) needs a closure", at: l) }
            var acc = a[0]
            for x in try seq(rt, v, l) {
                let (_, frame) = try rt.invokeKeepingFrame(fn, [acc, x], self: nil)
                // `slots` is a raw pointer: without this the optimizer may free the frame (its
                // last reference) before the read (ASan found it with the fuzzer).
                acc = withExtendedLifetime(frame) { frame.slots[0] }
            }
            return acc
        },
        "forEach": { rt, v, a, l in
            for x in try seq(rt, v, l) { _ = try rt.call1(a[0], x) }
            return .void
        },
        "sorted": { rt, v, a, l in .array(try rt.sortValues(try seq(rt, v, l), by: a.first, at: l)) },
        "enumerated": { rt, v, _, l in
            .array(try seq(rt, v, l).enumerated().map { .tuple(TupleBox([.int($0.offset), $0.element], labels: ["offset", "element"])) })
        },
        "contains(_:)": { rt, v, a, l in
            if case .function = a[0] {
                for x in try seq(rt, v, l) where try rt.truth(rt.call1(a[0], x), at: l) { return .bool(true) }
                return .bool(false)
            }
            switch v {
            case .string(let s):
                if case .character(let c) = a[0] { return .bool(s.contains(c)) }
                let sub = try a[0].toStringValue()
                return .bool(sub.isEmpty || s.contains(sub))
            case .set(let s): return .bool(s.contains(a[0]))
            case .range(let r): return .bool(rt.rangeContains(r, a[0]))
            case .dictionary(let d): return .bool(d.get(a[0]) != nil)
            default: return .bool(try seq(rt, v, l).contains(a[0]))
            }
        },
        "contains(where:)": { rt, v, a, l in
            for x in try seq(rt, v, l) where try rt.truth(rt.call1(a[0], x), at: l) { return .bool(true) }
            return .bool(false)
        },
        "allSatisfy": { rt, v, a, l in
            for x in try seq(rt, v, l) where !(try rt.truth(rt.call1(a[0], x), at: l)) { return .bool(false) }
            return .bool(true)
        },
        "first(where:)": { rt, v, a, l in
            for x in try seq(rt, v, l) where try rt.truth(rt.call1(a[0], x), at: l) { return .some(x) }
            return .none
        },
        "last(where:)": { rt, v, a, l in
            for x in try seq(rt, v, l).reversed() where try rt.truth(rt.call1(a[0], x), at: l) { return .some(x) }
            return .none
        },
        "firstIndex(of:)": { rt, v, a, l in try seq(rt, v, l).firstIndex(of: a[0]).map { .some(.int($0)) } ?? Value.none },
        "lastIndex(of:)": { rt, v, a, l in try seq(rt, v, l).lastIndex(of: a[0]).map { .some(.int($0)) } ?? Value.none },
        "firstIndex(where:)": { rt, v, a, l in
            for (i, x) in try seq(rt, v, l).enumerated() where try rt.truth(rt.call1(a[0], x), at: l) { return .some(.int(i)) }
            return .none
        },
        "min()": { rt, v, _, l in
            let items = try seq(rt, v, l)
            if items.count == 1 { return .some(items[0]) }
            return items.isEmpty ? .none : .some(try rt.extreme(items, wantMax: false, at: l))
        },
        "max()": { rt, v, _, l in
            let items = try seq(rt, v, l)
            if items.count == 1 { return .some(items[0]) }
            return items.isEmpty ? .none : .some(try rt.extreme(items, wantMax: true, at: l))
        },
        "prefix(_:)": { rt, v, a, l in
            let n = try a[0].toInt()
            guard n >= 0 else { throw RunError(.runtime, "Fatal error: Can't take a prefix of negative length from a collection", at: l) }
            return same(v, Array(try seq(rt, v, l).prefix(n)))
        },
        "suffix(_:)": { rt, v, a, l in
            let n = try a[0].toInt()
            guard n >= 0 else { throw RunError(.runtime, "Fatal error: Can't take a suffix of negative length from a collection", at: l) }
            return same(v, Array(try seq(rt, v, l).suffix(n)))
        },
        "dropFirst": { rt, v, a, l in same(v, Array(try seq(rt, v, l).dropFirst(try dropCount(a, l)))) },
        "dropLast": { rt, v, a, l in same(v, Array(try seq(rt, v, l).dropLast(try dropCount(a, l)))) },
        "reversed()": { rt, v, _, l in .array(try seq(rt, v, l).reversed()) },
        "shuffled()": { rt, v, _, l in .array(try seq(rt, v, l).shuffled(using: &rt.random)) },
        "randomElement()": { rt, v, _, l in try seq(rt, v, l).randomElement(using: &rt.random).map { .some($0) } ?? Value.none },
        "joined": { rt, v, a, l in
            let items = try seq(rt, v, l)
            if let first = items.first, case .array = first {
                // `[[1, 2], [3]].joined(separator: [0])`: the separator between the pieces.
                let sep = try a.first.map { try rt.sequence($0, at: l) } ?? []
                var out: [Value] = []
                for (i, piece) in items.enumerated() {
                    if i > 0 { out += sep }
                    out += try rt.sequence(piece, at: l)
                }
                return .array(out)
            }
            let sep = try a.first?.toStringValue() ?? ""
            return .string(try items.map { try $0.toStringValue() }.joined(separator: sep))
        },
        "split": { rt, v, a, l in
            // `split { $0 == " " }`: a trailing closure is the `whereSeparator:` predicate.
            if case .function? = a.first { return try rt.splitWithOptions(v, "split(whereSeparator:)", a, at: l) }
            if case .string(let s) = v {
                let sep: Character
                switch a.first {
                case .character(let c)?: sep = c
                case .string(let t)? where t.count == 1: sep = t.first ?? " "
                default: throw RunError(.runtime, "split(separator:) needs a Character", at: l)
                }
                if let parts = Runtime.splitASCII(s, sep) { return .array(parts) }
                return .array(s.split(separator: sep).map { .string(String($0)) })
            }
            let items = try seq(rt, v, l)
            guard let sep = a.first else { throw RunError(.runtime, "split needs a separator", at: l) }
            return .array(items.split(separator: sep).map { .array(Array($0)) })
        },
        "components(separatedBy:)": { _, v, a, l in
            let s = try v.toStringValue(), sep = try a[0].toStringValue()
            return .array(s.components(separatedBy: sep).map { .string($0) })
        },
        "uppercased()": { _, v, _, _ in
            if case .character(let c) = v { return .string(c.uppercased()) }
            return .string(try v.toStringValue().uppercased())
        },
        "lowercased()": { _, v, _, _ in
            if case .character(let c) = v { return .string(c.lowercased()) }
            return .string(try v.toStringValue().lowercased())
        },
        "hasPrefix(_:)": { _, v, a, _ in .bool(try v.toStringValue().hasPrefix(try a[0].toStringValue())) },
        "hasSuffix(_:)": { _, v, a, _ in .bool(try v.toStringValue().hasSuffix(try a[0].toStringValue())) },
        "replacingOccurrences(of:with:)": { _, v, a, _ in
            .string(try v.toStringValue().replacingOccurrences(of: try a[0].toStringValue(), with: try a[1].toStringValue()))
        },
        "trimmingCharacters(in:)": { _, v, _, _ in .string(try v.toStringValue().trimmingCharacters(in: .whitespacesAndNewlines)) },
        "union(_:)": { rt, v, a, l in
            guard case .set(let s) = v else { throw RunError(.runtime, "union needs a Set", at: l) }
            let n = SetBox(copying: s)
            for x in try seq(rt, a[0], l) { n.insert(x) }
            return .set(n)
        },
        "intersection(_:)": { rt, v, a, l in
            guard case .set(let s) = v else { throw RunError(.runtime, "intersection needs a Set", at: l) }
            let other = try seq(rt, a[0], l)
            return .set(SetBox(s.items.filter { other.contains($0) }))
        },
        "subtracting(_:)": { rt, v, a, l in
            guard case .set(let s) = v else { throw RunError(.runtime, "subtracting needs a Set", at: l) }
            let other = try seq(rt, a[0], l)
            return .set(SetBox(s.items.filter { !other.contains($0) }))
        },
        "isSubset(of:)": { rt, v, a, l in
            let other = try seq(rt, a[0], l)
            return .bool(try seq(rt, v, l).allSatisfy { other.contains($0) })
        },
        "isMultiple(of:)": { _, v, a, l in
            let x = try v.toInt(), y = try a[0].toInt()
            // Int.min % -1 overflows; every integer is a multiple of -1.
            return .bool(y == 0 ? x == 0 : y == -1 || x % y == 0)
        },
        "squareRoot()": { _, v, _, _ in
            if case .float(let x) = v { return .float(x.squareRoot()) }
            return .double(try v.toDouble().squareRoot())
        },
        "rounded()": { _, v, _, _ in
            if case .float(let x) = v { return .float(x.rounded()) }
            return .double(try v.toDouble().rounded())
        },
        "rounded(_:)": { _, v, a, l in
            guard let rule = BuiltinEnums.rule(a[0]) else { throw RunError(.runtime, "rounded(_:) needs a FloatingPointRoundingRule", at: l) }
            if case .float(let x) = v { return .float(x.rounded(rule)) }
            return .double(try v.toDouble().rounded(rule))
        },
        "remainder(dividingBy:)": { _, v, a, _ in
            if case .float(let x) = v { return .float(x.remainder(dividingBy: try a[0].toFloat())) }
            return .double(try v.toDouble().remainder(dividingBy: try a[0].toDouble()))
        },
        "truncatingRemainder(dividingBy:)": { _, v, a, _ in
            if case .float(let x) = v { return .float(x.truncatingRemainder(dividingBy: try a[0].toFloat())) }
            return .double(try v.toDouble().truncatingRemainder(dividingBy: try a[0].toDouble()))
        },
        "signum()": { _, v, _, _ in
            if case .int(let x) = v { return .int(x.signum()) }
            let d = try v.toDouble()
            return .double(d > 0 ? 1 : (d < 0 ? -1 : 0))
        },
        "prefix(while:)": { rt, v, a, l in
            var out: [Value] = []
            for x in try seq(rt, v, l) { if try rt.truth(rt.call1(a[0], x), at: l) { out.append(x) } else { break } }
            return same(v, out)
        },
        "drop(while:)": { rt, v, a, l in
            let items = try seq(rt, v, l)
            var i = 0
            while i < items.count, try rt.truth(rt.call(a[0], [items[i]]), at: l) { i += 1 }
            return same(v, Array(items[i...]))
        },
        "isSuperset(of:)": { rt, v, a, l in
            let mine = try seq(rt, v, l)
            return .bool(try seq(rt, a[0], l).allSatisfy { mine.contains($0) })
        },
        "isDisjoint(with:)": { rt, v, a, l in
            let mine = try seq(rt, v, l)
            return .bool(!(try seq(rt, a[0], l).contains { mine.contains($0) }))
        },
        "symmetricDifference(_:)": { rt, v, a, l in
            let mine = try seq(rt, v, l), other = try seq(rt, a[0], l)
            return .set(SetBox(mine.filter { !other.contains($0) } + other.filter { !mine.contains($0) }))
        },
        "distance(to:)": { _, v, a, _ in .double(try a[0].toDouble() - v.toDouble()) },
        "index(of:)": { rt, v, a, l in try seq(rt, v, l).firstIndex(of: a[0]).map { .some(.int($0)) } ?? Value.none },
    ]

    func builtinProperty(_ v: Value, _ name: String, at l: Loc) throws -> Value? {
        switch (v, name) {
        case (.array(let a), "count"): return .int(a.count)
        case (.array(let a), "isEmpty"): return .bool(a.isEmpty)
        case (.array(let a), "first"): return a.first.map { .some($0) } ?? Value.none
        case (.array(let a), "last"): return a.last.map { .some($0) } ?? Value.none
        case (.array(let a), "indices"): return .range(RangeBox(lower: .int(0), upper: .int(a.count), closed: false))
        case (.array(let a), "endIndex"): return .int(a.count)
        case (.array, "startIndex"): return .int(0)
        case (.string(let s), "count"): return .int(s.count)
        case (.string(let s), "isEmpty"): return .bool(s.isEmpty)
        case (.string(let s), "length"): return .int(s.utf16.count)   // `(s as NSString).length`
        case (.string(let s), "first"): return s.first.map { .some(.character($0)) } ?? Value.none
        case (.string(let s), "last"): return s.last.map { .some(.character($0)) } ?? Value.none
        case (.string, "utf8"), (.string, "utf16"), (.string, "startIndex"), (.string, "endIndex"), (.string, "indices"):
            return textProperty(v, name)
        case (.substring(let s), _): return try textProperty(v, name) ?? builtinProperty(.string(String(s)), name, at: l)
        case (.dictionary(let d), "count"): return .int(d.count)
        case (.dictionary(let d), "isEmpty"): return .bool(d.count == 0)
        case (.dictionary(let d), "keys"): return .array(d.keys)
        case (.dictionary(let d), "values"): return .array(d.values)
        case (.dictionary(let d), "first"):
            return d.count > 0 ? .some(.tuple(TupleBox([d.keys[0], d.values[0]], labels: ["key", "value"]))) : Value.none
        case (.set(let s), "count"): return .int(s.items.count)
        case (.set(let s), "isEmpty"): return .bool(s.items.isEmpty)
        case (.set(let s), "first"): return s.items.first.map { .some($0) } ?? Value.none
        case (.range(let r), "lowerBound"): return r.lower
        case (.range(let r), "upperBound"): return r.upper
        case (.range(let r), "count"):
            guard let b = r.intBounds else { return .int(0) }
            let (count, overflow) = b.upperBound.subtractingReportingOverflow(b.lowerBound)
            if overflow { throw RunError(.runtime, Runtime.overflow, at: l) }
            return .int(count)
        case (.range(let r), "isEmpty"): return .bool(r.intBounds?.isEmpty ?? true)
        case (.int(let x), "description"): return .string(String(x))
        case (_, "hashValue"): return .int(Hashing.hashValue(of: v))
        case (.int, _) where FoundationFormatters.numberProperties.contains(name): return FoundationFormatters.numberProperty(v, name)
        case (.double, _) where FoundationFormatters.numberProperties.contains(name): return FoundationFormatters.numberProperty(v, name)
        case (.int, _), (.fixed, _): return integerProperty(v, name)
        case (.double(let x), "magnitude"): return .double(x.magnitude)
        case (.double(let x), "isNaN"): return .bool(x.isNaN)
        case (.double(let x), "isFinite"): return .bool(x.isFinite)
        case (.double(let x), "isInfinite"): return .bool(x.isInfinite)
        case (.double(let x), "sign"): return BuiltinEnums.signValue(minus: x.sign == .minus)
        case (.double(let x), "isZero"): return .bool(x.isZero)
        case (.double(let x), "ulp"): return .double(x.ulp)
        case (.float(let x), "isNaN"): return .bool(x.isNaN)
        case (.float(let x), "magnitude"): return .float(x.magnitude)
        case (.float(let x), "isFinite"): return .bool(x.isFinite)
        case (.float(let x), "isInfinite"): return .bool(x.isInfinite)
        case (.float(let x), "sign"): return BuiltinEnums.signValue(minus: x.sign == .minus)
        case (.character(let c), "isLetter"): return .bool(c.isLetter)
        case (.character(let c), "isNumber"): return .bool(c.isNumber)
        case (.character(let c), "isWhitespace"): return .bool(c.isWhitespace)
        case (.character(let c), "isUppercase"): return .bool(c.isUppercase)
        case (.character(let c), "isLowercase"): return .bool(c.isLowercase)
        case (.character(let c), "isPunctuation"): return .bool(c.isPunctuation)
        case (.character(let c), "isASCII"): return .bool(c.isASCII)
        case (.character(let c), "value"):
            // A Unicode scalar (held as its Character): its code point.
            guard c.unicodeScalars.count == 1, let s = c.unicodeScalars.first else { return nil }
            return .fixed(FixedInt(s.value, .uint32))
        case (.string(let s), "unicodeScalars"): return .array(s.unicodeScalars.map { .character(Character($0)) })
        case (.character(let c), "unicodeScalars"): return .array(c.unicodeScalars.map { .character(Character($0)) })
        case (.character(let c), "asciiValue"): return c.asciiValue.map { .some(.fixed(FixedInt($0, .uint8))) } ?? Value.none
        case (.character(let c), "wholeNumberValue"): return c.wholeNumberValue.map { .some(.int($0)) } ?? Value.none
        case (_, "description"): return .string(try describe(v))
        case (_, "debugDescription"): return .string(try describe(v, debug: true))
        default: return try stdlibProperty(v, name, at: l)
        }
    }
}

extension Runtime {
    /// `s.split(separator: c)` on bytes when that gives the same pieces as splitting on
    /// Characters: an ASCII string and separator, and no CR (CR LF is one Character).
    static func splitASCII(_ s: String, _ sep: Character) -> [Value]? {
        guard let b = sep.asciiValue else { return nil }
        var s = s
        return s.withUTF8 { buf -> [Value]? in
            var out: [Value] = []
            var start = 0
            for i in 0..<buf.count {
                let c = buf[i]
                if c >= 128 || c == 13 { return nil }
                if c == b {
                    if i > start { out.append(.string(String(decoding: UnsafeBufferPointer(rebasing: buf[start..<i]), as: UTF8.self))) }
                    start = i + 1
                }
            }
            if buf.count > start {
                out.append(.string(String(decoding: UnsafeBufferPointer(rebasing: buf[start..<buf.count]), as: UTF8.self)))
            }
            return out
        }
    }
}
