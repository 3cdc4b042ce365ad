/// `Hasher`, `hashValue` and the notebook's own `==` / `hash(into:)` where Swift's collections
/// use them (`Set`, dictionary keys, `contains`, `firstIndex(of:)`, `==` of arrays).
enum Hashing {
    /// `Hasher`: a struct whose one hidden field collects what `combine` was given;
    /// `finalize()` hashes that list (equal inputs in the same order give equal hashes).
    static let hasherType: UserType = {
        let t = UserType(name: "Hasher", kind: .structure)
        t.addProperty(UserType.Property(name: "_combined", type: nil, mutable: true, initial: nil))
        t.memberwiseAvailable = false
        let combine = Function(name: "combine", params: [Param(label: nil, name: "value", type: nil)])
        combine.hasSelf = true
        combine.isMutating = true
        combine.slotCount = 2
        combine.framesEscape = false
        combine.body = { frame in
            guard case .structure(let inst) = frame.slots[0], case .array(var items) = inst.fields[0] else { return .void }
            // A notebook type's own `hash(into:)` decides what it contributes, as in Swift.
            items.append(.int(hashValue(of: frame.slots[1])))
            frame.slots[0] = .structure(Instance.make(type: t, fields: [.array(items)]))
            return .void
        }
        let finalize = Function(name: "finalize", params: [])
        finalize.hasSelf = true
        finalize.slotCount = 1
        finalize.framesEscape = false
        finalize.body = { frame in .int(hashValue(of: frame.slots[0])) }
        t.addMethod(combine)
        t.addMethod(finalize)
        return t
    }()

    /// A new, empty `Hasher()`.
    static func newHasher() -> Value { .structure(Instance.make(type: hasherType, fields: [.array([])])) }

    /// `value.hashValue`: consistent with `==` within a run (seeded per process, as Swift's is).
    static func hashValue(of value: Value) -> Int {
        var h = Hasher()
        value.hash(into: &h)
        return h.finalize()
    }

    /// Calls the type's `static func ==`; a throw inside it (a trap, the step limit) reads as
    /// "not equal" here and surfaces again at the notebook's next checked statement.
    static func userEqual(_ eq: Function, _ type: UserType, _ a: Value, _ b: Value) -> Bool {
        guard let rt = type.runtime, case .bool(let r)? = try? rt.invoke(eq, [a, b], self: .void) else { return false }
        return r
    }

    /// The hash a notebook `hash(into:)` feeds a fresh `Hasher`.
    static func userHash(_ fn: Function, _ type: UserType, _ value: Value) -> Int {
        guard let rt = type.runtime, let (_, frame) = try? rt.invokeKeepingFrame(fn, [newHasher()], self: value) else { return 0 }
        return hashValue(of: frame.slots[1])
    }
}
