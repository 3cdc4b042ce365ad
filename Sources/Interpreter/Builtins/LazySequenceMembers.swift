/// Members of lazy sequences: the ones Swift keeps lazy run on demand; the rest see the elements.
extension Runtime {
    func lazyMethod(_ lazy: LazySequence, _ name: String, _ labels: [String?], _ a: [Value],
                    builtin: BuiltinMethod?, at l: Loc) throws -> Value {
        let f = a.first ?? .void
        var labels = labels
        // A trailing closure has no label: `first { … }` is `first(where:)`, `prefix { … }` is `prefix(while:)`.
        if labels == [nil], case .function = f {
            switch name {
            case "first", "contains": labels = ["where"]
            case "prefix", "drop": labels = ["while"]
            default: break
            }
        }
        switch (name, labels) {
        case ("map", [nil]) where lazy.isLazy:
            return derived(lazy, "LazyMapSequence") { next in { try next().map { try self.call(f, [$0]) } } }
        case ("filter", [nil]) where lazy.isLazy:
            return derived(lazy, "LazyFilterSequence") { next in {
                while let x = try next() { try self.tick(); if try self.truth(self.call(f, [x]), at: l) { return x } }
                return nil
            } }
        case ("compactMap", [nil]) where lazy.isLazy:
            return derived(lazy, "LazyMapSequence") { next in {
                while let x = try next() { try self.tick(); if let y = try self.call(f, [x]).unwrapped { return y } }
                return nil
            } }
        case ("prefix", [nil]):
            let n = try f.toInt()
            return derived(lazy, "PrefixSequence") { next in
                var taken = 0
                return { guard taken < n else { return nil }; taken += 1; return try next() }
            }
        case ("prefix", ["while"]):
            return derived(lazy, "LazyPrefixWhileSequence") { next in
                var done = false
                return {
                    guard !done, let x = try next() else { return nil }
                    if try self.truth(self.call(f, [x]), at: l) { return x }
                    done = true
                    return nil
                }
            }
        case ("dropFirst", []), ("dropFirst", [nil]):
            let n = a.isEmpty ? 1 : try f.toInt()
            return derived(lazy, "DropFirstSequence") { next in
                var skipped = false
                return {
                    if !skipped { skipped = true; for _ in 0..<n { guard try next() != nil else { return nil } } }
                    return try next()
                }
            }
        case ("drop", ["while"]):
            return derived(lazy, "LazyDropWhileSequence") { next in
                var dropping = true
                return {
                    while let x = try next() {
                        if dropping, try self.truth(self.call(f, [x]), at: l) { try self.tick(); continue }
                        dropping = false
                        return x
                    }
                    return nil
                }
            }
        case ("enumerated", []):
            return derived(lazy, "EnumeratedSequence") { next in
                var i = 0
                return {
                    guard let x = try next() else { return nil }
                    defer { i += 1 }
                    return .tuple(TupleBox([.int(i), x], labels: ["offset", "element"]))
                }
            }
        case ("first", ["where"]), ("contains", ["where"]), ("contains", [nil]):
            let next = try lazy.makeNext()
            let test: (Value) throws -> Bool = labels == [nil] ? { $0 == f } : { try self.truth(self.call(f, [$0]), at: l) }
            while let x = try next() {
                try tick()
                if try test(x) { return name == "first" ? .some(x) : .bool(true) }
            }
            return name == "first" ? Value.none : .bool(false)
        case ("next", []):
            return try lazy.makeNext()().map { .some($0) } ?? Value.none
        case ("makeIterator", []):
            return LazySequence(iterator: try lazy.makeNext()).value
        case ("forEach", [nil]):
            let next = try lazy.makeNext()
            while let x = try next() { try tick(); _ = try call(f, [x]) }
            return .void
        default:
            guard let builtin, !builtin.mutating else {
                throw RunError(.runtime, "value of type '\(lazy.name)' has no member '\(name)'", at: l)
            }
            var items = Value.array(try collect(lazy, at: l))
            return try builtin.run(self, &items, a, l)
        }
    }

    /// `first`, `lazy`, and the properties of the elements as an array (`count`, `isEmpty`…).
    func lazyProperty(_ lazy: LazySequence, _ name: String, at l: Loc) throws -> Value? {
        switch name {
        case "lazy": return lazy.isLazy ? lazy.value : lazyView(lazy.value, at: l)
        case "first": return try lazy.makeNext()().map { .some($0) } ?? Value.none
        case "underestimatedCount": return .int(0)
        default: return try builtinProperty(.array(try collect(lazy, at: l)), name, at: l)
        }
    }

    /// A lazy sequence made from another's elements; lazy if the source is.
    private func derived(_ source: LazySequence, _ name: String,
                         _ transform: @escaping (@escaping LazySequence.Next) throws -> LazySequence.Next) -> Value {
        let kind = source.isLazy ? name : (name == "PrefixSequence" || name == "DropFirstSequence" ? name : "Lazy" + name)
        return LazySequence(name: kind, isLazy: source.isLazy || kind.hasPrefix("Lazy")) {
            try transform(try source.makeNext())
        }.value
    }
}
