/// The index API that `Collection` and `BidirectionalCollection` give a notebook type from its
/// `startIndex`, `endIndex`, `index(after:)` (and `index(before:)`): `index(_:offsetBy:)`,
/// `index(_:offsetBy:limitedBy:)`, `distance(from:to:)`, `firstIndex`/`lastIndex`, `indices`.
extension Runtime {
    /// Names of the defaults below: a call site whose method lookup finds none of the type's
    /// own overloads for them falls through to `userCollectionMethod`.
    static let collectionDefaults: Set<String> = ["index", "distance", "firstIndex", "lastIndex", "formIndex"]

    /// One of the defaults called on a notebook collection; nil when `v` is not one or the call
    /// is not a default (the type's own members were looked up first).
    func userCollectionMethod(_ v: Value, _ name: String, _ labels: [String?], _ args: [Value], at l: Loc) throws -> Value? {
        guard Self.collectionDefaults.contains(name), let walk = try CollectionWalk(self, v, at: l) else { return nil }
        switch (name, labels) {
        case ("index", [nil, "offsetBy"]):
            return try walk.offset(args[0], by: args[1].toInt(), limit: nil) ?? args[0]
        case ("index", [nil, "offsetBy", "limitedBy"]):
            return try walk.offset(args[0], by: args[1].toInt(), limit: args[2]).map { .some($0) } ?? Value.none
        case ("distance", ["from", "to"]):
            return .int(try walk.distance(from: args[0], to: args[1]))
        case ("firstIndex", _) where Self.searchLabels(labels, args):
            return try walk.firstIndex(matching: args[0], predicate: labels[0] != "of", reversed: false)
        case ("lastIndex", _) where walk.before != nil && Self.searchLabels(labels, args):
            return try walk.firstIndex(matching: args[0], predicate: labels[0] != "of", reversed: true)
        default:
            return nil
        }
    }

    /// `(of: x)`, `(where: p)` or a trailing closure.
    private static func searchLabels(_ labels: [String?], _ args: [Value]) -> Bool {
        if labels == [nil], case .function = args[0] { return true }
        return labels == ["of"] || labels == ["where"]
    }

    /// `indices` of a notebook collection: its indices from `startIndex` up to `endIndex`.
    func userCollectionIndices(_ v: Value, at l: Loc) throws -> Value? {
        guard let walk = try CollectionWalk(self, v, at: l) else { return nil }
        return .array(try walk.allIndices())
    }
}

/// Steps through a notebook collection's indices with its own `index(after:)`/`index(before:)`.
struct CollectionWalk {
    let rt: Runtime
    let value: Value
    let start: Value
    let end: Value
    let after: Function?
    let before: Function?
    let read: Function?
    let l: Loc

    /// `iterating`: for `for-in` over a sequence whose conformance was checked already; Int
    /// indices may then step without an `index(after:)`.
    init?(_ rt: Runtime, _ v: Value, iterating: Bool = false, at l: Loc) throws {
        guard let t = v.userType else { return nil }
        let index = rt.session.registry.methods(t, "index", for: v) ?? []
        let after = index.first { $0.params.count == 1 && $0.params[0].label == "after" }
        if !iterating {
            guard after != nil, !t.conformances.isDisjoint(with: ["Collection", "BidirectionalCollection", "RandomAccessCollection"])
                    || t.protocols.contains(where: { rt.isUserSequence($0) }) else { return nil }
        }
        self.rt = rt
        value = v
        self.after = after
        before = index.first { $0.params.count == 1 && $0.params[0].label == "before" }
        read = t.subscripts.first { $0.get.params.count == 1 }?.get
        start = try rt.getMember(v, "startIndex", MemberCache(), at: l)
        end = try rt.getMember(v, "endIndex", MemberCache(), at: l)
        self.l = l
    }

    func next(_ i: Value) throws -> Value {
        if let after { return try rt.invoke(after, [i], self: value) }
        if case .int(let n) = i { return .int(n + 1) }
        throw RunError(.runtime, "'\(value.userType?.name ?? "?")' needs index(after:) to be iterated", at: l)
    }

    func previous(_ i: Value) throws -> Value {
        guard let before else {
            throw RunError(.runtime, "a negative offset needs index(before:) (BidirectionalCollection)", at: l)
        }
        return try rt.invoke(before, [i], self: value)
    }

    /// `i` moved `n` steps; nil when `limit` is passed on the way (reaching it is allowed).
    func offset(_ i: Value, by n: Int, limit: Value?) throws -> Value? {
        var i = i
        for _ in 0..<abs(n) {
            if let limit, i == limit { return nil }
            try rt.tick()
            i = n > 0 ? try next(i) : try previous(i)
        }
        return i
    }

    /// Steps from `a` to `b`: forward until `endIndex`, else backward (negative).
    func distance(from a: Value, to b: Value) throws -> Int {
        var i = a, n = 0
        while i != b {
            if i == end {
                guard before != nil else { throw RunError(.runtime, "Fatal error: Index out of bounds", at: l) }
                return -(try distance(from: b, to: a))
            }
            try rt.tick()
            i = try next(i)
            n += 1
        }
        return n
    }

    func allIndices() throws -> [Value] {
        var out: [Value] = [], i = start
        while i != end {
            try rt.tick()
            out.append(i)
            i = try next(i)
        }
        return out
    }

    /// The first (or last) index whose element equals `target`, or satisfies it as a predicate.
    func firstIndex(matching target: Value, predicate: Bool, reversed: Bool) throws -> Value {
        guard let read else { return Value.none }
        let indices = try allIndices()
        for i in reversed ? Array(indices.reversed()) : indices {
            let x = try rt.invoke(read, [i], self: value)
            let hit = predicate ? try rt.truth(rt.call(target, [x]), at: l) : x == target
            if hit { return .some(i) }
        }
        return Value.none
    }
}
