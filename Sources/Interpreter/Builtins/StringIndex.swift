/// `String.Index` and the index API of String and Substring: `startIndex`, `index(after:)`,
/// `index(_:offsetBy:limitedBy:)`, `s[i]`, `s[a..<b]` (a Substring), `firstIndex(of:)`…
/// Every index is checked against the string's bounds first, so a bad index is Swift's trap
/// at the cell's line and never a crash of the interpreter.
extension Runtime {
    static let indexOutOfBounds = "Fatal error: String index is out of bounds"

    /// Runs `body` on the Substring in `v`, or on a String as the whole-string Substring (same
    /// indices); nil when `v` is neither.
    static func withText<R>(_ v: Value, _ body: (Substring) throws -> R) rethrows -> R? {
        switch v {
        case .string(let s): return try body(s[...])
        case .substring(let s): return try body(s)
        default: return nil
        }
    }

    /// A Character argument (a one-character string literal is one).
    static func character(_ v: Value) -> Character? {
        switch v {
        case .character(let c): return c
        case .string(let s) where s.count == 1: return s.first
        default: return nil
        }
    }

    static func index(_ v: Value, at l: Loc) throws -> String.Index {
        if case .stringIndex(let i) = v { return i }
        if case .some(let w) = v { return try index(w, at: l) }
        throw RunError(.runtime, "cannot convert value of type '\(v.typeName)' to expected argument type 'String.Index'", at: l)
    }

    /// `s[i]` and `s[range]` of a String or Substring.
    func textSubscript(_ base: Value, _ key: Value, at l: Loc) throws -> Value? {
        try Runtime.withText(base) { s -> Value? in
            switch key {
            case .stringIndex(let i):
                guard i >= s.startIndex, i < s.endIndex else { throw RunError(.runtime, Runtime.indexOutOfBounds, at: l) }
                return .character(s[i])
            case .range(let r):
                guard let (lo, hi) = try textBounds(s, r, at: l) else { return nil }
                return .substring(s[lo..<hi])
            default: return nil
            }
        } ?? nil
    }

    /// The String.Index bounds of a range over `s` (one-sided ranges reach the ends); nil when
    /// the bounds are not indices.
    func textBounds(_ s: Substring, _ r: RangeBox, at l: Loc) throws -> (String.Index, String.Index)? {
        var lo = s.startIndex, hi = s.endIndex
        switch r.lower {
        case .stringIndex(let i): lo = i
        case .void: break
        default: return nil
        }
        switch r.upper {
        case .stringIndex(let i):
            if r.closed {
                guard i >= s.startIndex, i < s.endIndex else { throw RunError(.runtime, Runtime.indexOutOfBounds, at: l) }
                hi = s.index(after: i)
            } else {
                hi = i
            }
        case .void: break
        default: return nil
        }
        guard lo >= s.startIndex, hi <= s.endIndex, lo <= hi else { throw RunError(.runtime, Runtime.indexOutOfBounds, at: l) }
        return (lo, hi)
    }

    /// `startIndex`, `endIndex`, `indices`, `utf8`, `utf16` of a String or Substring.
    func textProperty(_ v: Value, _ name: String) -> Value? {
        Runtime.withText(v) { s -> Value? in
            switch name {
            case "startIndex": return .stringIndex(s.startIndex)
            case "endIndex": return .stringIndex(s.endIndex)
            case "indices": return .array(s.indices.map { .stringIndex($0) })
            case "utf8": return .array(s.utf8.map { .fixed(FixedInt($0, .uint8)) })
            case "utf16": return .array(s.utf16.map { .fixed(FixedInt($0, .uint16)) })
            default: return nil
            }
        } ?? nil
    }

    /// `s.index(i, offsetBy: n)`, Swift's trap when it leaves the string.
    static func offset(_ s: Substring, _ i: String.Index, by n: Int, at l: Loc) throws -> String.Index {
        guard i >= s.startIndex, i <= s.endIndex,
              let r = s.index(i, offsetBy: n, limitedBy: n >= 0 ? s.endIndex : s.startIndex) else {
            throw RunError(.runtime, indexOutOfBounds, at: l)
        }
        return r
    }

    /// Index methods of String and Substring; nil when `v` is not one or the method is not an
    /// index method (the caller goes on to the general builtin).
    func textIndexMethod(_ key: String, _ v: Value, _ a: [Value], at l: Loc) throws -> Value? {
        try Runtime.withText(v) { s -> Value? in
            switch key {
            case "index(after:)":
                let i = try Runtime.index(a[0], at: l)
                guard i >= s.startIndex, i < s.endIndex else { throw RunError(.runtime, Runtime.indexOutOfBounds, at: l) }
                return .stringIndex(s.index(after: i))
            case "index(before:)":
                let i = try Runtime.index(a[0], at: l)
                guard i > s.startIndex, i <= s.endIndex else { throw RunError(.runtime, Runtime.indexOutOfBounds, at: l) }
                return .stringIndex(s.index(before: i))
            case "index(_:offsetBy:)":
                return .stringIndex(try Runtime.offset(s, try Runtime.index(a[0], at: l), by: try a[1].toInt(), at: l))
            case "index(_:offsetBy:limitedBy:)":
                let i = try Runtime.index(a[0], at: l), n = try a[1].toInt(), limit = try Runtime.index(a[2], at: l)
                guard i >= s.startIndex, i <= s.endIndex else { throw RunError(.runtime, Runtime.indexOutOfBounds, at: l) }
                if n >= 0 && limit < i || n < 0 && limit > i {
                    return .some(.stringIndex(try Runtime.offset(s, i, by: n, at: l)))
                }
                guard let r = s.index(i, offsetBy: n, limitedBy: limit) else { return Value.none }
                guard r >= s.startIndex, r <= s.endIndex else { throw RunError(.runtime, Runtime.indexOutOfBounds, at: l) }
                return .some(.stringIndex(r))
            case "distance(from:to:)":
                let i = try Runtime.index(a[0], at: l), j = try Runtime.index(a[1], at: l)
                guard i >= s.startIndex, i <= s.endIndex, j >= s.startIndex, j <= s.endIndex else {
                    throw RunError(.runtime, Runtime.indexOutOfBounds, at: l)
                }
                return .int(s.distance(from: i, to: j))
            case "firstIndex(of:)":
                guard let c = Runtime.character(a[0]) else { return nil }
                return s.firstIndex(of: c).map { .some(.stringIndex($0)) } ?? Value.none
            case "lastIndex(of:)":
                guard let c = Runtime.character(a[0]) else { return nil }
                return s.lastIndex(of: c).map { .some(.stringIndex($0)) } ?? Value.none
            case "firstIndex(where:)":
                var i = s.startIndex
                while i < s.endIndex {
                    if try truth(call(a[0], [.character(s[i])]), at: l) { return .some(.stringIndex(i)) }
                    i = s.index(after: i)
                }
                return Value.none
            case "lastIndex(where:)":
                var i = s.endIndex
                while i > s.startIndex {
                    i = s.index(before: i)
                    if try truth(call(a[0], [.character(s[i])]), at: l) { return .some(.stringIndex(i)) }
                }
                return Value.none
            case "prefix(upTo:)":
                let i = try Runtime.index(a[0], at: l)
                guard i >= s.startIndex, i <= s.endIndex else { throw RunError(.runtime, Runtime.indexOutOfBounds, at: l) }
                return .substring(s[..<i])
            case "prefix(through:)":
                let i = try Runtime.index(a[0], at: l)
                guard i >= s.startIndex, i < s.endIndex else { throw RunError(.runtime, Runtime.indexOutOfBounds, at: l) }
                return .substring(s[...i])
            case "suffix(from:)":
                let i = try Runtime.index(a[0], at: l)
                guard i >= s.startIndex, i <= s.endIndex else { throw RunError(.runtime, Runtime.indexOutOfBounds, at: l) }
                return .substring(s[i...])
            default: return nil
            }
        } ?? nil
    }

    /// `remove(at:)`, `insert(_:at:)`, `insert(contentsOf:at:)`, `removeSubrange(_:)`,
    /// `replaceSubrange(_:with:)`, `removeFirst()` of a String variable; nil when not one.
    func textMutation(_ key: String, _ v: inout Value, _ a: [Value], at l: Loc) throws -> Value? {
        guard case .string(var s) = v else { return nil }
        let result: Value
        switch key {
        case "remove(at:)":
            let i = try Runtime.index(a[0], at: l)
            guard i >= s.startIndex, i < s.endIndex else { throw RunError(.runtime, Runtime.indexOutOfBounds, at: l) }
            v = .void
            result = .character(s.remove(at: i))
        case "insert(_:at:)", "insert(contentsOf:at:)":
            let i = try Runtime.index(a[1], at: l)
            guard i >= s.startIndex, i <= s.endIndex else { throw RunError(.runtime, Runtime.indexOutOfBounds, at: l) }
            v = .void
            s.insert(contentsOf: try a[0].toStringValue(), at: i)
            result = .void
        case "removeSubrange(_:)", "replaceSubrange(_:with:)":
            guard case .range(let r) = a[0], let (lo, hi) = try textBounds(s[...], r, at: l) else { return nil }
            v = .void
            s.replaceSubrange(lo..<hi, with: a.count > 1 ? try a[1].toStringValue() : "")
            result = .void
        case "removeFirst()":
            guard !s.isEmpty else { throw RunError(.runtime, "Fatal error: Can't remove first element from an empty collection", at: l) }
            v = .void
            result = .character(s.removeFirst())
        case "removeFirst(_:)", "removeLast(_:)":
            let n = try a[0].toInt()
            guard n >= 0, n <= s.count else { throw RunError(.runtime, "Fatal error: Can't remove more items from a collection than it contains", at: l) }
            v = .void
            if key == "removeFirst(_:)" { s.removeFirst(n) } else { s.removeLast(n) }
            result = .void
        default: return nil
        }
        v = .string(s)
        return result
    }
}

extension Value {
    /// A String or Substring.
    var isText: Bool {
        switch self {
        case .string, .substring: return true
        default: return false
        }
    }
}

extension Value {
    /// A Character, or a one-Character String (a literal that had no Character context).
    var asCharacter: Character? {
        switch self {
        case .character(let c): return c
        case .string(let s) where s.count == 1: return s.first
        default: return nil
        }
    }
}
