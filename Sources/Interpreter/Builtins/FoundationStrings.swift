import Foundation

/// The Foundation string API single-file programs use: `CharacterSet` and its standard sets,
/// `trimmingCharacters(in:)`, `components(separatedBy:)`, `replacingOccurrences(of:with:options:)`
/// (regular expressions by Foundation itself), `range(of:)`, `capitalized`.
extension Runtime {
    static let characterSets: [String: CharacterSet] = [
        "whitespaces": .whitespaces, "whitespacesAndNewlines": .whitespacesAndNewlines, "newlines": .newlines,
        "letters": .letters, "decimalDigits": .decimalDigits, "punctuationCharacters": .punctuationCharacters,
        "alphanumerics": .alphanumerics, "uppercaseLetters": .uppercaseLetters, "lowercaseLetters": .lowercaseLetters,
        "symbols": .symbols, "controlCharacters": .controlCharacters, "capitalizedLetters": .capitalizedLetters,
    ]

    /// `CharacterSet(charactersIn: "abc")`, `CharacterSet()`.
    func constructCharacterSet(_ a: [Value], _ labels: [String?], at l: Loc) throws -> Value? {
        if a.isEmpty { return .charSet(CharacterSet()) }
        guard a.count == 1, labels[0] == "charactersIn" else { return nil }
        return .charSet(CharacterSet(charactersIn: try a[0].toStringValue()))
    }

    static func charSet(_ v: Value, at l: Loc) throws -> CharacterSet {
        if case .charSet(let c) = v { return c }
        throw RunError(.runtime, "cannot convert value of type '\(v.typeName)' to expected argument type 'CharacterSet'", at: l)
    }

    /// Whether a character (a Unicode scalar held as its Character) is in a set.
    static func charSetContains(_ cs: CharacterSet, _ v: Value) -> Bool {
        guard let c = Runtime.character(v) else { return false }
        return c.unicodeScalars.allSatisfy { cs.contains($0) }
    }

    /// `String.CompareOptions` given as one option or an array literal of them.
    static func compareOptions(_ v: Value?) -> String.CompareOptions {
        guard let v else { return [] }
        if case .array(let items) = v { return items.reduce(into: []) { $0.formUnion(compareOptions($1)) } }
        guard case .enumCase(let e) = v, e.type === BuiltinEnums.compareOptions else { return [] }
        switch e.caseName {
        case "caseInsensitive": return .caseInsensitive
        case "regularExpression": return .regularExpression
        case "backwards": return .backwards
        case "anchored": return .anchored
        case "literal": return .literal
        case "numeric": return .numeric
        case "diacriticInsensitive": return .diacriticInsensitive
        default: return []
        }
    }

    static func stringRange(_ s: String, _ r: Range<String.Index>?) -> Value {
        guard let r else { return Value.none }
        return .some(rangeValue(r))
    }

    /// A `Range<String.Index>` as a notebook value (`s.range(of:)`, regex match ranges).
    static func rangeValue(_ r: Range<String.Index>) -> Value {
        .range(RangeBox(lower: .stringIndex(r.lowerBound), upper: .stringIndex(r.upperBound), closed: false))
    }

    /// `a.compare(b)` and its case-insensitive forms: a `ComparisonResult`.
    private static func comparison(_ a: String, _ b: String) -> Value {
        BuiltinEnums.comparisonResult.caseValue(a < b ? 0 : (a == b ? 1 : 2))
    }

    static let foundationMethods: [String: StdNonMut] = [
        "utf16Offset(in:)": { _, v, a, _ in
            guard case .stringIndex(let i) = v, case .string(let s) = a[0] else { return nil }
            return .int(i.utf16Offset(in: s))
        },
        "compare(_:)": { _, v, a, _ in
            guard case .string(let s) = v, case .string(let t) = a[0] else { return nil }
            return comparison(s, t)
        },
        "localizedCompare(_:)": { _, v, a, _ in
            // Collation order: letters first by their lowercase form, then lowercase before uppercase.
            guard case .string(let s) = v, case .string(let t) = a[0] else { return nil }
            if s.lowercased() != t.lowercased() { return comparison(s.lowercased(), t.lowercased()) }
            return comparison(t, s)
        },
        "localizedCaseInsensitiveContains(_:)": { _, v, a, _ in
            guard case .string(let s) = v, case .string(let t) = a[0] else { return nil }
            return .bool(s.lowercased().contains(t.lowercased()))
        },
        "localizedCaseInsensitiveCompare(_:)": { _, v, a, _ in
            guard case .string(let s) = v, case .string(let t) = a[0] else { return nil }
            return comparison(s.lowercased(), t.lowercased())
        },
        "caseInsensitiveCompare(_:)": { _, v, a, _ in
            guard case .string(let s) = v, case .string(let t) = a[0] else { return nil }
            return comparison(s.lowercased(), t.lowercased())
        },
        "trimmingCharacters(in:)": { _, v, a, l in
            .string(try v.toStringValue().trimmingCharacters(in: try charSet(a[0], at: l)))
        },
        "components(separatedBy:)": { _, v, a, l in
            let s = try v.toStringValue()
            if case .charSet(let cs) = a[0] { return .array(s.components(separatedBy: cs).map { .string($0) }) }
            return .array(s.components(separatedBy: try a[0].toStringValue()).map { .string($0) })
        },
        "replacingOccurrences(of:with:options:)": { _, v, a, _ in
            .string(try v.toStringValue().replacingOccurrences(of: try a[0].toStringValue(), with: try a[1].toStringValue(),
                                                               options: compareOptions(a[2])))
        },
        "replacingOccurrences(of:with:options:range:)": { rt, v, a, l in
            let s = try v.toStringValue()
            var range: Range<String.Index>?
            if case .range(let r) = a[3].unwrapped ?? a[3], let (lo, hi) = try rt.textBounds(s[...], r, at: l) { range = lo..<hi }
            return .string(s.replacingOccurrences(of: try a[0].toStringValue(), with: try a[1].toStringValue(),
                                                  options: compareOptions(a[2]), range: range))
        },
        "range(of:)": { _, v, a, _ in
            let s = try v.toStringValue()
            return stringRange(s, s.range(of: try a[0].toStringValue()))
        },
        "range(of:options:)": { _, v, a, _ in
            let s = try v.toStringValue()
            return stringRange(s, s.range(of: try a[0].toStringValue(), options: compareOptions(a[1])))
        },
        "rangeOfCharacter(from:)": { _, v, a, l in
            let s = try v.toStringValue()
            return stringRange(s, s.rangeOfCharacter(from: try charSet(a[0], at: l)))
        },
        "contains(_:)": { _, v, a, _ in
            guard case .charSet(let cs) = v else { return nil }
            return .bool(charSetContains(cs, a[0]))
        },
        "union(_:)": { _, v, a, l in
            guard case .charSet(let cs) = v else { return nil }
            return .charSet(cs.union(try charSet(a[0], at: l)))
        },
        "padding(toLength:withPad:startingAt:)": { _, v, a, _ in
            .string(try v.toStringValue().padding(toLength: try a[0].toInt(), withPad: try a[1].toStringValue(),
                                                  startingAt: try a[2].toInt()))
        },
    ]

    /// Foundation properties of String (`capitalized`).
    static func foundationStringProperty(_ s: String, _ name: String) -> Value? {
        switch name {
        case "capitalized": return .string(s.capitalized)
        case "localizedCapitalized": return .string(s.capitalized)
        case "localizedUppercase": return .string(s.uppercased())
        case "localizedLowercase": return .string(s.lowercased())
        default: return nil
        }
    }
}
