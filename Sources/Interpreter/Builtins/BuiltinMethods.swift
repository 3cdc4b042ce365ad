import Foundation

/// A method of builtin values (arrays, strings, dictionaries, sets, numbers, ranges).
struct BuiltinMethod {
    var mutating: Bool
    var run: (Runtime, inout Value, [Value], Loc) throws -> Value
}

extension Compiler {
    func builtinMethod(_ name: String, _ labels: [String?]) -> BuiltinMethod? {
        let key = name + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
        let general = generalBuiltinMethod(name, key)
        if let std = Runtime.stdlibMethod(key, general) { return std }
        if let general { return general }
        // A trailing closure has no label: `first { … }` means `first(where:)`, `sort { … }` `sort(by:)`.
        if labels.last == .some(nil) {
            for alt in ["where", "by"] {
                if let m = builtinMethod(name, Array(labels.dropLast()) + [alt]) { return m }
            }
        }
        return nil
    }

    /// The builtin method for a key (`insert(_:at:)`) or base name (`map`), without the
    /// standard-library layer of `Runtime.stdlibMethod`.
    func generalBuiltinMethod(_ name: String, _ key: String) -> BuiltinMethod? {
        if let m = Runtime.mutatingMethods[key] { return BuiltinMethod(mutating: true, run: m) }
        if let m = Runtime.mutatingMethods[name] { return BuiltinMethod(mutating: true, run: m) }
        // A Substring receiver runs the String method (most results are Strings in Swift too).
        if let m = Runtime.methods[key] ?? Runtime.methods[name] {
            return BuiltinMethod(mutating: false, run: { rt, v, a, l in
                if case .substring(let s) = v { return try m(rt, .string(String(s)), a, l) }
                return try m(rt, v, a, l)
            })
        }
        return nil
    }
}

extension Runtime {
    typealias Mut = (Runtime, inout Value, [Value], Loc) throws -> Value
    typealias NonMut = (Runtime, Value, [Value], Loc) throws -> Value

    /// Applies `body` to the array inside `v` without copying it when unshared.
    static func withArray(_ v: inout Value, at l: Loc, _ body: (inout [Value]) throws -> Value) throws -> Value {
        guard case .array(var a) = v else { throw RunError(.runtime, "value of type '\(v.typeName)' is not an array", at: l) }
        v = .void
        defer { v = .array(a) }
        return try body(&a)
    }

    static let mutatingMethods: [String: Mut] = [
        "append(_:)": { rt, v, a, l in
            if case .string(var s) = v {
                v = .void
                s += try a[0].toStringValue()
                v = .string(s)
                return .void
            }
            if case .set = v { throw RunError(.runtime, "value of type 'Set' has no member 'append'", at: l) }
            return try withArray(&v, at: l) { arr in
                if arr.count & 1023 == 1023 { try rt.checkSize(count: arr.count + 1) }
                arr.append(a[0])
                return .void
            }
        },
        "append(contentsOf:)": { rt, v, a, l in
            if case .string(var s) = v {
                v = .void
                s += try a[0].toStringValue()
                v = .string(s)
                return .void
            }
            let more = try rt.sequence(a[0], at: l)
            return try withArray(&v, at: l) { arr in
                try rt.checkSize(count: arr.count + more.count)
                arr.append(contentsOf: more)
                return .void
            }
        },
        "insert(_:at:)": { _, v, a, l in
            try withArray(&v, at: l) { arr in
                guard case .int(let i) = a[1], i >= 0, i <= arr.count else { throw RunError(.runtime, "Fatal error: Array index is out of range", at: l) }
                arr.insert(a[0], at: i)
                return .void
            }
        },
        "insert(_:)": { _, v, a, l in
            guard case .set(var s) = v else { throw RunError(.runtime, "insert(_:) needs a Set", at: l) }
            v = .void
            if !isKnownUniquelyReferenced(&s) { s = SetBox(copying: s) }
            let inserted = s.insert(a[0])
            v = .set(s)
            return .tuple(TupleBox([.bool(inserted), a[0]], labels: ["inserted", "memberAfterInsert"]))
        },
        "remove(at:)": { _, v, a, l in
            // A Set's index (from `firstIndex(of:)`) is the element's position in its order.
            if case .set(var s) = v {
                guard case .int(let i) = a[0], i >= 0, i < s.items.count else { throw RunError(.runtime, "Fatal error: Index out of range", at: l) }
                v = .void
                if !isKnownUniquelyReferenced(&s) { s = SetBox(copying: s) }
                let r = s.remove(s.items[i]) ?? .void
                v = .set(s)
                return r
            }
            return try withArray(&v, at: l) { arr in
                guard case .int(let i) = a[0], i >= 0, i < arr.count else { throw RunError(.runtime, "Fatal error: Index out of range", at: l) }
                return arr.remove(at: i)
            }
        },
        "remove(_:)": { _, v, a, l in
            guard case .set(var s) = v else { throw RunError(.runtime, "remove(_:) needs a Set", at: l) }
            v = .void
            if !isKnownUniquelyReferenced(&s) { s = SetBox(copying: s) }
            let r = s.remove(a[0])
            v = .set(s)
            return r.map { .some($0) } ?? Value.none
        },
        "removeLast()": { _, v, _, l in
            if case .string(var s) = v {
                guard !s.isEmpty else { throw RunError(.runtime, "Fatal error: Can't remove last element from an empty collection", at: l) }
                v = .void
                let c = s.removeLast()
                v = .string(s)
                return .character(c)
            }
            return try withArray(&v, at: l) { arr in
                guard !arr.isEmpty else { throw RunError(.runtime, "Fatal error: Can't remove last element from an empty collection", at: l) }
                return arr.removeLast()
            }
        },
        "removeFirst()": { _, v, _, l in
            try withArray(&v, at: l) { arr in
                guard !arr.isEmpty else { throw RunError(.runtime, "Fatal error: Can't remove first element from an empty collection", at: l) }
                return arr.removeFirst()
            }
        },
        "removeLast(_:)": { _, v, a, l in
            try withArray(&v, at: l) { arr in
                let n = try a[0].toInt()
                guard n >= 0, n <= arr.count else { throw RunError(.runtime, "Fatal error: Can't remove more items from a collection than it contains", at: l) }
                arr.removeLast(n)
                return .void
            }
        },
        "removeFirst(_:)": { _, v, a, l in
            try withArray(&v, at: l) { arr in
                let n = try a[0].toInt()
                guard n >= 0, n <= arr.count else { throw RunError(.runtime, "Fatal error: Can't remove more items from a collection than it contains", at: l) }
                arr.removeFirst(n)
                return .void
            }
        },
        "popLast()": { _, v, _, l in
            try withArray(&v, at: l) { arr in arr.popLast().map { .some($0) } ?? Value.none }
        },
        "removeAll()": { _, v, _, l in
            switch v {
            case .array: v = .array([])
            case .dictionary: v = .dictionary(DictionaryBox())
            case .set: v = .set(SetBox())
            case .string: v = .string("")
            default: throw RunError(.runtime, "removeAll() needs a collection", at: l)
            }
            return .void
        },
        "removeAll(where:)": { rt, v, a, l in
            if case .string(let s) = v {
                var kept = ""
                for c in s where !(try rt.truth(rt.call(a[0], [.character(c)]), at: l)) { kept.append(c) }
                v = .string(kept)
                return .void
            }
            if case .set(let s) = v {
                v = .set(SetBox(try s.items.filter { !(try rt.truth(rt.call(a[0], [$0]), at: l)) }))
                return .void
            }
            return try withArray(&v, at: l) { arr in
                var keep: [Value] = []
                for x in arr where !(try rt.truth(rt.call(a[0], [x]), at: l)) { keep.append(x) }
                arr = keep
                return .void
            }
        },
        "sort()": { rt, v, _, l in
            try withArray(&v, at: l) { arr in
                arr = try rt.sortValues(arr, by: nil, at: l)
                return .void
            }
        },
        "sort(by:)": { rt, v, a, l in
            try withArray(&v, at: l) { arr in
                arr = try rt.sortValues(arr, by: a[0], at: l)
                return .void
            }
        },
        "reverse()": { _, v, _, l in try withArray(&v, at: l) { arr in arr.reverse(); return .void } },
        "shuffle()": { rt, v, _, l in try withArray(&v, at: l) { arr in arr.shuffle(using: &rt.random); return .void } },
        "swapAt(_:_:)": { _, v, a, l in
            try withArray(&v, at: l) { arr in
                let i = try a[0].toInt(), j = try a[1].toInt()
                guard i >= 0, j >= 0, i < arr.count, j < arr.count else { throw RunError(.runtime, "Fatal error: Index out of range", at: l) }
                arr.swapAt(i, j)
                return .void
            }
        },
        "removeValue(forKey:)": { _, v, a, l in
            guard case .dictionary(var d) = v else { throw RunError(.runtime, "removeValue(forKey:) needs a Dictionary", at: l) }
            v = .void
            if !isKnownUniquelyReferenced(&d) { d = DictionaryBox(copying: d) }
            let old = d.remove(a[0])
            v = .dictionary(d)
            return old.map { .some($0) } ?? Value.none
        },
        "updateValue(_:forKey:)": { _, v, a, l in
            guard case .dictionary(var d) = v else { throw RunError(.runtime, "updateValue needs a Dictionary", at: l) }
            v = .void
            if !isKnownUniquelyReferenced(&d) { d = DictionaryBox(copying: d) }
            let old = d.get(a[1])
            d.set(a[1], a[0])
            v = .dictionary(d)
            return old.map { .some($0) } ?? Value.none
        },
        "formUnion(_:)": { rt, v, a, l in
            guard case .set(var s) = v else { throw RunError(.runtime, "formUnion needs a Set", at: l) }
            v = .void
            if !isKnownUniquelyReferenced(&s) { s = SetBox(copying: s) }
            for x in try rt.sequence(a[0], at: l) { s.insert(x) }
            v = .set(s)
            return .void
        },
    ]

    func truth(_ v: Value, at l: Loc) throws -> Bool {
        if case .bool(let b) = v { return b }
        throw RunError(.runtime, "expected a Bool result, got '\(v.typeName)'", at: l)
    }

    func sortValues(_ items: [Value], by cmp: Value?, at l: Loc) throws -> [Value] {
        var failure: Error?
        let sorted = items.sorted { a, b in
            if failure != nil { return false }
            do {
                if let cmp { return try truth(try call2(cmp, a, b), at: l) }
                if let c = compareValues(a, b) { return c < 0 }
                if case .bool(let lt)? = try userOperator("<", a, b, at: l) { return lt }
                throw RunError(.runtime, "cannot sort values of type '\(a.typeName)'", at: l)
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
        return sorted
    }
}
