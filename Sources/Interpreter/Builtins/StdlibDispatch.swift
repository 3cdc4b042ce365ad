/// The standard-library layer over the general builtin methods: index methods of String and
/// Substring, integer methods of every width, and collection members the general table lacks.
/// A member here answers nil for a receiver it does not handle, and the general one runs.
extension Runtime {
    typealias StdNonMut = (Runtime, Value, [Value], Loc) throws -> Value?
    typealias StdMut = (Runtime, inout Value, [Value], Loc) throws -> Value?

    /// The builtin method for `key` with this layer in front of `general` (nil when neither has one).
    static func stdlibMethod(_ key: String, _ general: BuiltinMethod?) -> BuiltinMethod? {
        if let m = stdlibMutating[key] {
            return BuiltinMethod(mutating: true, run: { rt, v, a, l in
                if let r = try m(rt, &v, a, l) { return r }
                return try fallback(general, key, &v, rt, a, l)
            })
        }
        if let m = stdlibNonMutating[key] {
            return BuiltinMethod(mutating: general?.mutating ?? false, run: { rt, v, a, l in
                if let r = try m(rt, v, a, l) { return r }
                return try fallback(general, key, &v, rt, a, l)
            })
        }
        return nil
    }

    private static func fallback(_ general: BuiltinMethod?, _ key: String, _ v: inout Value, _ rt: Runtime,
                                 _ a: [Value], _ l: Loc) throws -> Value {
        guard let general else {
            let name = key.prefix { $0 != "(" }
            throw RunError(.runtime, "value of type '\(v.typeName)' has no member '\(name)'", at: l)
        }
        return try general.run(rt, &v, a, l)
    }

    static let integerMethodKeys = ["addingReportingOverflow(_:)", "subtractingReportingOverflow(_:)",
                                    "multipliedReportingOverflow(by:)", "dividedReportingOverflow(by:)",
                                    "remainderReportingOverflow(dividingBy:)", "quotientAndRemainder(dividingBy:)",
                                    "isMultiple(of:)", "signum()"]
    static let textIndexKeys = ["index(after:)", "index(before:)", "index(_:offsetBy:)", "index(_:offsetBy:limitedBy:)",
                                "distance(from:to:)", "firstIndex(of:)", "lastIndex(of:)", "firstIndex(where:)",
                                "lastIndex(where:)", "prefix(upTo:)", "prefix(through:)", "suffix(from:)"]
    static let textMutationKeys = ["remove(at:)", "insert(_:at:)", "insert(contentsOf:at:)", "removeSubrange(_:)",
                                   "replaceSubrange(_:with:)", "removeFirst()", "removeFirst(_:)", "removeLast(_:)"]

    static let stdlibNonMutating: [String: StdNonMut] = {
        var t: [String: StdNonMut] = collectionMethods.merging(foundationMethods) { a, _ in a }
        for k in integerMethodKeys { t[k] = { rt, v, a, l in try rt.integerMethod(v, k, a, at: l) } }
        for k in textIndexKeys { t[k] = { rt, v, a, l in try rt.textIndexMethod(k, v, a, at: l) ?? rt.arrayIndexMethod(k, v, a, at: l) } }
        t["merging(_:_:)"] = t["merging(_:uniquingKeysWith:)"]
        for k in splitKeys { t[k] = { rt, v, a, l in try rt.splitWithOptions(v, k, a, at: l) } }
        return t
    }()

    static let stdlibMutating: [String: StdMut] = {
        var t: [String: StdMut] = collectionMutations
        t["merge(_:_:)"] = t["merge(_:uniquingKeysWith:)"]
        for k in textMutationKeys { t[k] = { rt, v, a, l in try rt.textMutation(k, &v, a, at: l) ?? rt.arrayMutation(k, &v, a, at: l) } }
        t["partition(by:)"] = { rt, v, a, l in try rt.arrayMutation("partition(by:)", &v, a, at: l) }
        return t
    }()

    /// Members of standard values the general property switch does not know.
    func stdlibProperty(_ v: Value, _ name: String, at l: Loc) throws -> Value? {
        switch v {
        case .character(let c): return Runtime.characterProperty(c, name)
        case .charSet(let cs): return name == "inverted" ? .charSet(cs.inverted) : nil
        case .bool(let b) where name == "description": return .string(b ? "true" : "false")
        case .string(let s): return name == "lazy" ? v : Runtime.foundationStringProperty(s, name)
        case .range(let r) where name == "lazy":
            if case .void = r.upper { return lazyView(v, at: l) }
            return v
        case .array where name == "lazy": return lazyView(v, at: l)
        case .array, .range, .set, .dictionary: return name == "lazy" ? v : nil
        default: return nil
        }
    }

    static func characterProperty(_ c: Character, _ name: String) -> Value? {
        switch name {
        case "properties": return unicodeProperties(c)
        case "isHexDigit": return .bool(c.isHexDigit)
        case "hexDigitValue": return c.hexDigitValue.map { .some(.int($0)) } ?? Value.none
        case "isSymbol": return .bool(c.isSymbol)
        case "isMathSymbol": return .bool(c.isMathSymbol)
        case "isCurrencySymbol": return .bool(c.isCurrencySymbol)
        case "isNewline": return .bool(c.isNewline)
        case "isCased": return .bool(c.isCased)
        case "isWholeNumber": return .bool(c.isWholeNumber)
        case "utf8": return .array(c.utf8.map { .fixed(FixedInt($0, .uint8)) })
        case "utf16": return .array(c.utf16.map { .fixed(FixedInt($0, .uint16)) })
        default: return nil
        }
    }

    /// Elements of the standard values that `sequence` does not list itself (Substrings,
    /// ranges of fixed-width integers); nil for other values.
    func stdlibSequence(_ v: Value, at l: Loc) throws -> [Value]? {
        switch v {
        case .substring(let s): return s.map { .character($0) }
        case .range(let r):
            guard case .fixed(let lo) = r.lower, case .fixed(let hi) = r.upper,
                  let a = lo.intValue, let b = hi.intValue else { return nil }
            if b < a || (!r.closed && a == b) { return [] }
            try checkSize(count: b - a + (r.closed ? 1 : 0))
            return (r.closed ? Array(a...b) : Array(a..<b)).map { .fixed(FixedInt($0, lo.kind)) }
        default: return nil
        }
    }

    /// Order of fixed-width integers, string indices and substrings (-1, 0, 1), nil when the
    /// values do not compare.
    func compareStdlib(_ a: Value, _ b: Value) -> Int? {
        func sign<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x == y ? 0 : 1) }
        switch (a, b) {
        case let (.stringIndex(x), .stringIndex(y)): return sign(x, y)
        case let (.substring(x), .substring(y)): return sign(x, y)
        case let (.substring(x), .string(y)): return sign(String(x), y)
        case let (.string(x), .substring(y)): return sign(x, String(y))
        default:
            guard let (x, _) = a.wideInteger, let (y, _) = b.wideInteger else { return nil }
            switch (x, y) {
            case let (.signed(p), .signed(q)): return sign(p, q)
            case let (.unsigned(p), .unsigned(q)): return sign(p, q)
            case let (.signed(p), .unsigned(q)): return p < 0 ? -1 : sign(UInt64(p), q)
            case let (.unsigned(p), .signed(q)): return q < 0 ? 1 : sign(p, UInt64(q))
            }
        }
    }
}

extension Runtime {
    /// `scalar.properties.isAlphabetic`: a Unicode scalar's properties, read by name.
    static func unicodeProperties(_ c: Character) -> Value? {
        guard c.unicodeScalars.count == 1, let s = c.unicodeScalars.first else { return nil }
        let p = s.properties
        let names = ["isAlphabetic", "isUppercase", "isLowercase", "isWhitespace", "isEmoji", "isMath",
                     "isDiacritic", "isHexDigit", "isASCIIHexDigit", "numericType", "numericValue", "name"]
        let values: [Value] = [.bool(p.isAlphabetic), .bool(p.isUppercase), .bool(p.isLowercase), .bool(p.isWhitespace),
                               .bool(p.isEmoji), .bool(p.isMath), .bool(p.isDiacritic), .bool(p.isHexDigit),
                               .bool(p.isASCIIHexDigit), p.numericType == nil ? Value.none : .some(.string("\(p.numericType!)")),
                               p.numericValue.map { .some(.double($0)) } ?? Value.none,
                               p.name.map { .some(.string($0)) } ?? Value.none]
        return .tuple(TupleBox(values, labels: names))
    }
}
