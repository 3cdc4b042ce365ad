/// Collection members beyond the general builtin table: dictionary transforms and merges, the
/// rest of Set algebra, `starts(with:)`, `elementsEqual`, `count(where:)`, `min/max(by:)` with
/// Swift's choice among equal elements, `toggle()`, `reserveCapacity`.
extension Runtime {
    static func dictionary(_ v: Value, _ what: String, at l: Loc) throws -> DictionaryBox {
        guard case .dictionary(let d) = v else { throw RunError(.runtime, "\(what) needs a Dictionary", at: l) }
        return d
    }

    static let collectionMethods: [String: StdNonMut] = [
        "starts(with:)": { rt, v, a, l in
            if case .string = v, let s = try? v.toStringValue(), let p = try? a[0].toStringValue() { return .bool(s.hasPrefix(p)) }
            let mine = try seq(rt, v, l), prefix = try seq(rt, a[0], l)
            return .bool(mine.starts(with: prefix))
        },
        "makeIterator()": { rt, v, _, l in
            // `var it = word.makeIterator(); while let c = it.next() { … }`
            switch v {
            case .array, .string, .substring, .set, .dictionary, .range: return LazySequence(iterator: try rt.elementStream(v, at: l), name: "IndexingIterator").value
            default: return nil
            }
        },
        "clamped(to:)": { rt, v, a, l in
            guard case .range(let r) = v, case .range(let to) = a[0] else { return nil }
            func clamp(_ x: Value) -> Value {
                if (rt.compareValues(x, to.lower) ?? 0) < 0 { return to.lower }
                if (rt.compareValues(x, to.upper) ?? 0) > 0 { return to.upper }
                return x
            }
            return .range(RangeBox(lower: clamp(r.lower), upper: clamp(r.upper), closed: r.closed))
        },
        "elementsEqual(_:)": { rt, v, a, l in .bool(try seq(rt, v, l) == seq(rt, a[0], l)) },
        "lexicographicallyPrecedes(_:)": { rt, v, a, l in
            let mine = try seq(rt, v, l), other = try seq(rt, a[0], l)
            for (x, y) in zip(mine, other) {
                if let c = rt.compareValues(x, y) { if c != 0 { return .bool(c < 0) }; continue }
                if case .bool(true)? = try rt.userOperator("<", x, y, at: l) { return .bool(true) }
                if case .bool(true)? = try rt.userOperator("<", y, x, at: l) { return .bool(false) }
            }
            return .bool(mine.count < other.count)
        },
        "count(where:)": { rt, v, a, l in
            var n = 0
            for x in try seq(rt, v, l) where try rt.truth(rt.call(a[0], [x]), at: l) { n += 1 }
            return .int(n)
        },
        "min(by:)": { rt, v, a, l in try rt.extreme(try seq(rt, v, l), by: a[0], wantMax: false, at: l) },
        "max(by:)": { rt, v, a, l in try rt.extreme(try seq(rt, v, l), by: a[0], wantMax: true, at: l) },
        "compactMapValues(_:)": { rt, v, a, l in
            let d = try dictionary(v, "compactMapValues", at: l), out = DictionaryBox()
            for (k, x) in zip(d.keys, d.values) {
                if let y = try rt.call(a[0], [x]).unwrapped { out.set(k, y) }
            }
            return .dictionary(out)
        },
        "merging(_:uniquingKeysWith:)": { rt, v, a, l in
            let out = DictionaryBox(copying: try dictionary(v, "merging", at: l))
            try rt.merge(into: out, a[0], combine: a[1], at: l)
            return .dictionary(out)
        },
        "isStrictSubset(of:)": { rt, v, a, l in
            let mine = try seq(rt, v, l), other = SetBox(try seq(rt, a[0], l))
            return .bool(mine.allSatisfy { other.contains($0) } && SetBox(mine).items.count < other.items.count)
        },
        "isStrictSuperset(of:)": { rt, v, a, l in
            let mine = SetBox(try seq(rt, v, l)), other = SetBox(try seq(rt, a[0], l))
            return .bool(other.items.allSatisfy { mine.contains($0) } && other.items.count < mine.items.count)
        },
        "intersection(_:)": { rt, v, a, l in
            guard case .set(let s) = v else { return nil }
            let other = SetBox(try seq(rt, a[0], l))
            return .set(SetBox(s.items.filter { other.contains($0) }))
        },
        "subtracting(_:)": { rt, v, a, l in
            guard case .set(let s) = v else { return nil }
            let other = SetBox(try seq(rt, a[0], l))
            return .set(SetBox(s.items.filter { !other.contains($0) }))
        },
    ]

    static let collectionMutations: [String: StdMut] = [
        "toggle()": { _, v, _, _ in
            guard case .bool(let b) = v else { return nil }
            v = .bool(!b)
            return .void
        },
        "reserveCapacity(_:)": { _, v, a, l in
            _ = try a[0].toInt()
            switch v {
            case .array, .dictionary, .set, .string: return .void
            default: return nil
            }
        },
        "merge(_:uniquingKeysWith:)": { rt, v, a, l in
            guard case .dictionary(var d) = v else { return nil }
            v = .void
            if !isKnownUniquelyReferenced(&d) { d = DictionaryBox(copying: d) }
            defer { v = .dictionary(d) }
            try rt.merge(into: d, a[0], combine: a[1], at: l)
            return .void
        },
        "formIntersection(_:)": { rt, v, a, l in try rt.mutateSet(&v, a[0], at: l) { s, other in s.items.filter { other.contains($0) } } },
        "subtract(_:)": { rt, v, a, l in try rt.mutateSet(&v, a[0], at: l) { s, other in s.items.filter { !other.contains($0) } } },
        "formSymmetricDifference(_:)": { rt, v, a, l in
            try rt.mutateSet(&v, a[0], at: l) { s, other in
                s.items.filter { !other.contains($0) } + other.items.filter { !s.contains($0) }
            }
        },
    ]

    /// Replaces the set in `v` by `body(set, other)` (`formIntersection`, `subtract`…); nil when `v` is no set.
    func mutateSet(_ v: inout Value, _ arg: Value, at l: Loc, _ body: (SetBox, SetBox) -> [Value]) throws -> Value? {
        guard case .set(let s) = v else { return nil }
        let other = SetBox(try sequence(arg, at: l))
        v = .set(SetBox(body(s, other)))
        return .void
    }

    /// Adds the key-value pairs of `other` (a dictionary or a sequence of pairs) to `d`,
    /// `combine(old, new)` deciding for a key both have.
    func merge(into d: DictionaryBox, _ other: Value, combine: Value, at l: Loc) throws {
        for pair in try sequence(other, at: l) {
            let kv = try tupleElements(pair, at: l)
            guard kv.count == 2 else { continue }
            if let old = d.get(kv[0]) { d.set(kv[0], try call(combine, [old, kv[1]])) } else { d.set(kv[0], kv[1]) }
        }
    }

    /// `lastIndex(where:)` of an array (the other index methods of arrays are general builtins).
    func arrayIndexMethod(_ key: String, _ v: Value, _ a: [Value], at l: Loc) throws -> Value? {
        guard case .array(let items) = v else { return nil }
        // Arrays' indices are Ints: `index(i, offsetBy: n)` is `i + n`, bounded by `limitedBy:`.
        switch key {
        case "index(after:)": return .int(try a[0].toInt() + 1)
        case "index(before:)": return .int(try a[0].toInt() - 1)
        case "index(_:offsetBy:)": return .int(try a[0].toInt() + a[1].toInt())
        case "distance(from:to:)": return .int(try a[1].toInt() - a[0].toInt())
        case "index(_:offsetBy:limitedBy:)":
            let i = try a[0].toInt(), n = try a[1].toInt(), limit = try a[2].toInt()
            if n >= 0 ? (limit >= i && i + n > limit) : (limit <= i && i + n < limit) { return Value.none }
            return .some(.int(i + n))
        default: break
        }
        guard key == "lastIndex(where:)" else { return nil }
        for i in items.indices.reversed() where try truth(call(a[0], [items[i]]), at: l) { return .some(.int(i)) }
        return Value.none
    }

    /// `min(by:)` / `max(by:)`: the first of equal extremes, as Swift's implementation keeps.
    func extreme(_ items: [Value], by less: Value, wantMax: Bool, at l: Loc) throws -> Value {
        guard var best = items.first else { return Value.none }
        for x in items.dropFirst() {
            let replace = wantMax ? try truth(call(less, [best, x]), at: l) : try truth(call(less, [x, best]), at: l)
            if replace { best = x }
        }
        return .some(best)
    }
}

extension Runtime {
    /// `split(separator:maxSplits:omittingEmptySubsequences:)` and `split(whereSeparator:)`
    /// with their options (string pieces stay strings).
    func splitWithOptions(_ v: Value, _ key: String, _ a: [Value], at l: Loc) throws -> Value {
        let labels = key.dropFirst("split(".count).dropLast(2).split(separator: ":").map(String.init)
        var separator: Value?, predicate: Value?, maxSplits = Int.max, omitting = true
        for (label, x) in zip(labels, a) {
            switch label {
            case "separator": separator = x
            case "whereSeparator": predicate = x
            case "maxSplits": maxSplits = try x.toInt()
            case "omittingEmptySubsequences": omitting = try x.toBool()
            default: break
            }
        }
        guard maxSplits >= 0 else { throw RunError(.runtime, "Fatal error: Must take zero or more splits", at: l) }
        let items = try sequence(v, at: l)
        let pieces = try items.split(maxSplits: maxSplits, omittingEmptySubsequences: omitting) { x in
            if let predicate { return try truth(call(predicate, [x]), at: l) }
            return x == separator
        }
        return .array(pieces.map { Runtime.same(v, Array($0)) })
    }

    static let splitKeys = ["split(separator:maxSplits:)", "split(separator:omittingEmptySubsequences:)",
                            "split(separator:maxSplits:omittingEmptySubsequences:)", "split(whereSeparator:)",
                            "split(maxSplits:whereSeparator:)", "split(maxSplits:omittingEmptySubsequences:whereSeparator:)",
                            "split(omittingEmptySubsequences:whereSeparator:)"]
}
