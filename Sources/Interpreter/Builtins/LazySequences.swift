/// Sequences whose elements are made one at a time: `(1...).lazy.map { … }.filter { … }`,
/// `sequence(first:next:)`, `AnyIterator { … }`, `AnySequence(…)`. Endless ones work as in Swift
/// as long as something (`prefix`, `first(where:)`, a `break`) stops asking for elements.
final class LazySequence {
    typealias Next = () throws -> Value?

    /// `LazySequenceProtocol`: `map`/`filter`/`compactMap` stay lazy (otherwise they collect).
    let isLazy: Bool
    /// Swift's type name, for `type(of:)` and printing.
    let name: String
    /// A new pass over the elements.
    let start: () throws -> Next
    /// An iterator (`AnyIterator`) is consumed as it is read: every pass continues the one state.
    let shared: Next?

    init(name: String, isLazy: Bool, start: @escaping () throws -> Next) {
        self.name = name
        self.isLazy = isLazy
        self.start = start
        shared = nil
    }

    init(iterator next: @escaping Next, name: String = "AnyIterator") {
        self.name = name
        isLazy = false
        shared = next
        start = { next }
    }

    func makeNext() throws -> Next { try shared ?? start() }

    nonisolated(unsafe) static let hostType: HostType = {
        let t = HostType(name: "LazySequence")
        t.describeHook = { h in (h.payload as? LazySequence)?.name ?? "LazySequence" }
        return t
    }()

    var value: Value { .host(HostObject(type: LazySequence.hostType, payload: self)) }

    static func of(_ v: Value) -> LazySequence? {
        guard case .host(let h) = v else { return nil }
        return h.payload as? LazySequence
    }
}

extension Runtime {
    /// The next-element function over any sequence value; endless ranges and lazy sequences
    /// are walked without collecting them.
    func elementStream(_ v: Value, at l: Loc) throws -> LazySequence.Next {
        if let lazy = LazySequence.of(v) { return try lazy.makeNext() }
        if case .range(let r) = v, case .void = r.upper, case .int(var i) = r.lower {
            return { defer { i += 1 }; return .int(i) }
        }
        if let next = try userIterator(v, at: l) { return next }
        let items = try sequence(v, at: l)
        var k = 0
        return {
            guard k < items.count else { return nil }
            defer { k += 1 }
            return items[k]
        }
    }

    /// Whether iterating `v` may never end (so it must not be collected first).
    func isStreamed(_ v: Value) -> Bool {
        if LazySequence.of(v) != nil { return true }
        if case .range(let r) = v, case .void = r.upper { return true }
        return false
    }

    /// All elements of a lazy sequence (an endless one stops at the step or size limit).
    func collect(_ lazy: LazySequence, at l: Loc) throws -> [Value] {
        let next = try lazy.makeNext()
        var out: [Value] = []
        while let x = try next() {
            try tick()
            out.append(x)
            if out.count % 4096 == 0 { try checkSize(count: out.count) }
        }
        return out
    }

    /// `.lazy` of an endless range or a lazy sequence: a lazy sequence over the same elements.
    func lazyView(_ v: Value, at l: Loc) -> Value {
        LazySequence(name: "LazySequence", isLazy: true) { [unowned self] in try self.elementStream(v, at: l) }.value
    }

    /// `sequence(first:next:)` and `sequence(state:next:)`, made as they are read.
    func unfold(_ a: [Value], _ labels: [String?], at l: Loc) throws -> Value {
        guard a.count == 2, labels[1] == "next" || labels[1] == nil else {
            throw RunError(.unsupported, "use sequence(first:next:) or sequence(state:next:)", at: l)
        }
        let step = a[1]
        if labels[0] == "state" {
            let initial = a[0]
            return LazySequence(name: "UnfoldSequence", isLazy: false) { [unowned self] in
                var state = initial
                return {
                    let (result, newState) = try self.callWithInout(step, &state)
                    state = newState
                    return result.unwrapped
                }
            }.value
        }
        let first = a[0]
        return LazySequence(name: "UnfoldFirstSequence", isLazy: false) { [unowned self] in
            var current: Value? = first.unwrapped
            var started = false
            return {
                if started, let c = current { current = try self.call(step, [c]).unwrapped }
                started = true
                return current
            }
        }.value
    }

    /// Calls a `(inout State) -> T?` closure; returns its result and the state it left.
    private func callWithInout(_ fn: Value, _ state: inout Value) throws -> (Value, Value) {
        guard case .function(let f) = fn, f.native == nil else { return (try call(fn, [state]), state) }
        let (result, frame) = try invokeKeepingFrame(f, [state], self: nil)
        return (result, frame.slots[f.hasSelf ? 1 : 0])
    }

    /// `AnyIterator { … }`, `AnyIterator(iterator)`, `AnySequence(sequence)` and
    /// `AnySequence { makeIterator }`.
    func typeErasedSequence(_ typeName: String, _ a: [Value], at l: Loc) throws -> Value? {
        guard a.count == 1 else { return nil }
        let arg = a[0]
        if typeName == "AnyIterator" {
            if case .function = arg { return LazySequence(iterator: { [unowned self] in try self.call(arg, []).unwrapped }).value }
            let next = try elementStream(arg, at: l)
            return LazySequence(iterator: next).value
        }
        guard typeName == "AnySequence" else { return nil }
        if case .function = arg {
            return LazySequence(name: "AnySequence", isLazy: false) { [unowned self] in
                try self.elementStream(try self.call(arg, []), at: l)
            }.value
        }
        return LazySequence(name: "AnySequence", isLazy: false) { [unowned self] in try self.elementStream(arg, at: l) }.value
    }
}
