/// Notebook types that conform to `Sequence` (`makeIterator()` and an iterator's `next()`, or a
/// type that is its own iterator) or `Collection` (`startIndex`, `endIndex`, `index(after:)`,
/// `subscript`): `for-in` walks them lazily; other sequence members see their elements.
extension Runtime {
    /// The next-element function of a notebook sequence or collection; nil for other values.
    func userIterator(_ v: Value, at l: Loc) throws -> (() throws -> Value?)? {
        guard let t = v.userType, isUserSequence(t) else { return nil }
        let registry = session.registry
        var iterator = v
        if let make = registry.methods(t, "makeIterator", for: v)?.first(where: { $0.params.isEmpty }) {
            iterator = try invoke(make, [], self: v)
            // `func makeIterator() -> AnyIterator<Int>` (or any standard sequence's iterator).
            if let lazy = LazySequence.of(iterator) { return try lazy.makeNext() }
        }
        if let it = iterator.userType, let next = registry.methods(it, "next", for: iterator)?.first(where: { $0.params.isEmpty }) {
            return {
                switch try self.invokeMutating(next, [], self: &iterator) {
                case .some(let w): return w
                case .none: return nil
                case let w: return w
                }
            }
        }
        return try collectionIterator(v, t, at: l)
    }

    /// Walks `startIndex..<endIndex` with `index(after:)` (Int indices step by one without it)
    /// and the type's subscript.
    private func collectionIterator(_ v: Value, _ t: UserType, at l: Loc) throws -> (() throws -> Value?)? {
        guard t.subscripts.contains(where: { $0.get.params.count == 1 }),
              let walk = try CollectionWalk(self, v, iterating: true, at: l), let read = walk.read else { return nil }
        var index = walk.start
        return {
            if index == walk.end { return nil }
            let element = try self.invoke(read, [index], self: v)
            index = try walk.next(index)
            return element
        }
    }

    /// All elements of a notebook sequence (nil for other values); an endless one stops at the
    /// step or size limit instead of running out of memory.
    func userSequenceItems(_ v: Value, at l: Loc) throws -> [Value]? {
        guard let next = try userIterator(v, at: l) else { return nil }
        var items: [Value] = []
        while let x = try next() {
            try tick()
            items.append(x)
            if items.count % 4096 == 0 { try checkSize(count: items.count) }
        }
        return items
    }

    func isUserSequence(_ t: UserType) -> Bool {
        !t.conformances.isDisjoint(with: ["Sequence", "Collection", "BidirectionalCollection", "RandomAccessCollection", "IteratorProtocol"])
            || t.protocols.contains { isUserSequence($0) }
    }
}


extension Runtime {
    /// A standard sequence method called on a notebook sequence (`primes.prefix(5)`,
    /// `deck.map { … }`, `countdown.sorted()`); nil when `v` is not one. `prefix`,
    /// `first(where:)` and `contains` stop early, so they work on endless sequences as in Swift.
    func userSequenceMethod(_ v: Value, _ name: String, _ labels: [String?], _ args: [Value],
                            _ builtin: BuiltinMethod?, at l: Loc) throws -> Value? {
        if let r = try userCollectionMethod(v, name, labels, args, at: l) { return r }
        guard let next = try userIterator(v, at: l) else { return nil }
        switch (name, labels) {
        case ("prefix", [nil]):
            var out: [Value] = []
            let n = try args[0].toInt()
            while out.count < n, let x = try next() { try tick(); out.append(x) }
            return .array(out)
        case ("first", ["where"]), ("first", [nil]):
            while let x = try next() {
                try tick()
                if try truth(call(args[0], [x]), at: l) { return .some(x) }
            }
            return Value.none
        case ("contains", ["where"]), ("contains", [nil]):
            let predicate: Value? = { if case .function = args[0] { return args[0] }; return nil }()
            while let x = try next() {
                try tick()
                if let predicate { if try truth(call(predicate, [x]), at: l) { return .bool(true) } }
                else if x == args[0] { return .bool(true) }
            }
            return .bool(false)
        case ("prefix", ["while"]):
            var out: [Value] = []
            while let x = try next(), try truth(call(args[0], [x]), at: l) { try tick(); out.append(x) }
            return .array(out)
        default:
            guard let builtin, !builtin.mutating, var items = try userSequenceItems(v, at: l).map(Value.array) else { return nil }
            return try builtin.run(self, &items, args, l)
        }
    }

    /// A standard sequence property of a notebook sequence (`count`, `first`, `isEmpty`…).
    func userSequenceProperty(_ v: Value, _ name: String, at l: Loc) throws -> Value? {
        if name == "indices", let r = try userCollectionIndices(v, at: l) { return r }
        if name == "first", let next = try userIterator(v, at: l) { return try next().map { .some($0) } ?? Value.none }
        guard let items = try userSequenceItems(v, at: l) else { return nil }
        return try builtinProperty(.array(items), name, at: l)
    }
}
