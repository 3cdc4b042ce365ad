import SwiftSyntax

/// Mutation in place at run time: members, subscripts and mutating calls on storage reached through an LValue.
extension Runtime {
    /// Access to `a[i]` for an array variable at a place: the array is moved out of its place
    /// (so it stays unshared), the element updated in place and the array put back.
    static func arrayElementAccess<P: ValuePlace>(_ place: P, _ key: Operand,
                                                  _ general: @escaping (Frame, Value, (inout Value) throws -> Void) throws -> Void,
                                                  at l: Loc) -> Access {
        { f, body in
            let k = try key.get(f)
            let p = place.at(f)
            if case .array = p.pointee, case .int(let i) = k {
                guard case .array(var a) = p.pointee else { return }
                guard i >= 0 && i < a.count else { throw RunError(.runtime, "Fatal error: Index out of range", at: l) }
                p.pointee = .void
                defer { p.pointee = .array(a) }
                try body(&a[i])
                return
            }
            try general(f, k, body)
        }
    }

    @inline(__always) static func modifySlot(_ f: Frame, _ s: Int, _ body: (inout Value) throws -> Void) throws {
        try body(&f.slots[s])
    }

    /// Mutates `v.name` in place (copying a shared struct first).
    /// The index of stored property `name` of `inst`, from the site's cache when it saw the type.
    @inline(__always) static func fieldIndex(_ inst: Instance, _ name: String, _ cache: MemberCache) -> Int? {
        if cache.type === inst.type { return cache.index }
        guard let i = inst.type.propertyIndex[name] else { return nil }
        cache.type = inst.type
        cache.index = i
        return i
    }

    func modifyMember(_ v: inout Value, _ name: String, _ cache: MemberCache, at l: Loc,
                      _ body: (inout Value) throws -> Void) throws {
        if case .structure = v {
            if let (property, idx, old) = observedField(v, name) {
                try modifyObserved(&v, property, idx, old, body)
                return
            }
            guard case .structure(var inst) = v else { return }
            let idx: Int
            if cache.type === inst.type { idx = cache.index } else if let i = inst.type.propertyIndex[name] {
                cache.type = inst.type
                cache.index = i
                idx = i
            } else if let c = inst.type.computed[name] {
                let before = try invoke(c.get, [], self: v)
                var current = before
                try body(&current)
                guard let setter = c.set else {
                    if Self.sameReference(before, current) { return }
                    throw RunError(.runtime, "cannot assign to property: '\(name)' is a get-only property", at: l)
                }
                _ = try invokeMutating(setter, [current], self: &v)
                return
            } else {
                throw RunError(.runtime, "value of type '\(inst.type.name)' has no member '\(name)'", at: l)
            }
            v = .void
            if !isKnownUniquelyReferenced(&inst) { inst = inst.copy() }
            defer { v = .structure(inst) }
            try body(&inst.fields[idx])
            return
        }
        switch v {
        case .object(let inst):
            if let (property, i, old) = observedField(v, name) {
                try modifyObserved(&v, property, i, old, body)
            } else if let i = Runtime.fieldIndex(inst, name, cache) {
                var x = inst.fields[i]
                inst.fields[i] = .void
                defer { inst.fields[i] = x }
                try body(&x)
            } else if let c = inst.type.computed[name] {
                let before = try invoke(c.get, [], self: v)
                var current = before
                try body(&current)
                guard let setter = c.set else {
                    if Self.sameReference(before, current) { return }
                    throw RunError(.runtime, "cannot assign to property: '\(name)' is a get-only property", at: l)
                }
                _ = try invoke(setter, [current], self: v)
            } else {
                throw RunError(.runtime, "value of type '\(inst.type.name)' has no member '\(name)'", at: l)
            }
        case .tuple(let t):
            let i = t.index(of: name) ?? Int(name) ?? -1
            guard i >= 0 && i < t.values.count else { throw RunError(.runtime, "value of tuple type has no member '\(name)'", at: l) }
            var vals = t.values
            v = .void
            defer { v = .tuple(TupleBox(vals, labels: t.labels)) }
            try body(&vals[i])
        case .host(let h):
            guard let get = h.type.getters[name], let set = h.type.setters[name] else {
                throw RunError(.runtime, "cannot assign to property '\(name)' of '\(h.type.name)'", at: l)
            }
            var x = try hostCall(l) { try get(h) }
            try body(&x)
            try hostCall(l) { try set(h, x) }
        case .some:
            throw RunError(.runtime, "value of optional type '\(v.typeName)' must be unwrapped to refer to member '\(name)'", at: l)
        default:
            throw RunError(.runtime, "value of type '\(v.typeName)' has no member '\(name)'", at: l)
        }
    }

    /// Runs a mutating method in a frame already holding its arguments, moving `self` in and
    /// back out so it stays unshared.
    @inline(__always) func runMutating(_ fn: Function, _ frame: Frame, self selfValue: inout Value) throws -> Value {
        try pushDepth()
        defer { depth -= 1 }
        // `self` is moved into slot 0 (which holds `.void`: the caller's frame is fresh or
        // recycled) and back, leaving `.void` behind each time: no copy, so no retain and
        // release of the instance, and it stays uniquely referenced for in-place changes.
        let s = frame.slots
        withUnsafeMutablePointer(to: &selfValue) { p in
            s.moveInitialize(from: p, count: 1)
            p.initialize(to: .void)
        }
        defer {
            withUnsafeMutablePointer(to: &selfValue) { p in
                p.moveInitialize(from: s, count: 1)
                s.initialize(to: .void)
            }
        }
        return try fn.body(frame)
    }

    /// The property, its index and current value when `name` is an observed stored property
    /// of the instance in `v` whose observers are not already running.
    func observedField(_ v: Value, _ name: String) -> (UserType.Property, Int, Value)? {
        guard case .structure(let inst) = v, inst.type.hasObservers else {
            guard case .object(let obj) = v, obj.type.hasObservers else { return nil }
            return observedField(obj, name)
        }
        return observedField(inst, name)
    }

    private func observedField(_ inst: Instance, _ name: String) -> (UserType.Property, Int, Value)? {
        guard let i = inst.type.propertyIndex[name], inst.type.properties[i].isObserved,
              !observing.contains(ObservedKey(inst.type, i)) else { return nil }
        return (inst.type.properties[i], i, inst.fields[i])
    }

    /// Updates an observed stored property of the struct or object in `v`: the new value is
    /// computed from `old`, then `willSet`, the store, `didSet`. Assignments to the property
    /// inside its own observers store directly (as in Swift).
    func modifyObserved(_ v: inout Value, _ property: UserType.Property, _ idx: Int, _ old: Value,
                        _ body: (inout Value) throws -> Void) throws {
        var new = old
        try body(&new)
        new = coerce(new, to: property.type)
        guard let type = v.userType else { return }
        let key = ObservedKey(type, idx)
        observing.insert(key)
        defer { observing.remove(key) }
        let isObject: Bool = { if case .object = v { return true }; return false }()
        if let w = property.willSetObserver {
            if isObject { _ = try invoke(w, [new], self: v) } else { _ = try invokeMutating(w, [new], self: &v) }
        }
        for case let (w?, _) in property.inheritedObservers { _ = try invoke(w, [new], self: v) }
        switch v {
        case .object(let inst): inst.fields[idx] = new
        case .structure(var inst):
            v = .void
            if !isKnownUniquelyReferenced(&inst) { inst = inst.copy() }
            inst.fields[idx] = new
            v = .structure(inst)
        default: return
        }
        for case let (_, d?) in property.inheritedObservers.reversed() { _ = try invoke(d, [old], self: v) }
        if let d = property.didSetObserver {
            if isObject { _ = try invoke(d, [old], self: v) } else { _ = try invokeMutating(d, [old], self: &v) }
        }
    }

    /// Calls a mutating method, moving `self` into the callee's frame so it stays unshared.
    func invokeMutating(_ fn: Function, _ args: [Value], self selfValue: inout Value) throws -> Value {
        try pushDepth()
        defer { depth -= 1 }
        var frame = fn.takeFrame()
        frame.slots[0] = selfValue
        selfValue = .void
        for i in 0..<min(args.count, fn.params.count) {
            frame.slots[1 + i] = coerce(args[i], to: fn.params[i].type)
        }
        let result: Value
        do { result = try fn.body(frame) } catch {
            selfValue = frame.slots[0]
            throw error
        }
        // Moved out so `self` stays unshared.
        selfValue = frame.slots[0]
        frame.slots[0] = .void
        fn.recycle(&frame)
        return result
    }

    /// Runs a host callback, turning its Swift errors into located host errors.
    func hostCall<T>(_ l: Loc, catchable: Bool = false, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch var e as RunError {
            if !e.loc.isKnown { e.loc = l }
            throw e
        } catch let e as ThrownError {
            throw e
        } catch {
            var e = RunError(.host, "\(error)", at: l)
            e.catchable = catchable
            e.hostError = error
            throw e
        }
    }
}

/// A stored property whose observer is running (writes to it then store directly).
struct ObservedKey: Hashable {
    let type: ObjectIdentifier
    let index: Int
    init(_ type: UserType, _ index: Int) {
        self.type = ObjectIdentifier(type)
        self.index = index
    }
}

extension Runtime {
    /// True when a get-only property's value is the same class reference after a write through
    /// it (`list.last?.next = node` changes the node, not the property).
    static func sameReference(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.object(let x), .object(let y)): return x === y
        case (.some(let x), .some(let y)): return sameReference(x, y)
        case (.none, .none): return true
        default: return false
        }
    }
}
