import SwiftSyntax

/// Reading members and subscripts of values at run time (fields, computed properties, protocol defaults, standard values).
extension Runtime {
    func getMember(_ v: Value, _ name: String, _ cache: MemberCache, at l: Loc) throws -> Value {
        switch v {
        case .structure(let inst), .object(let inst):
            if cache.type === inst.type { return inst.fields[cache.index] }
            if let i = inst.type.propertyIndex[name] {
                cache.type = inst.type
                cache.index = i
                return inst.fields[i]
            }
            if let c = inst.type.computed[name] { return try invoke(c.get, [], self: v) }
            if let m = inst.type.methods[name]?.first { return boundMethod(m, v) }
            return try protocolMember(v, inst.type, name, at: l)
        case .enumCase(let e):
            if name == "rawValue", let r = e.type.cases[e.caseIndex].rawValue { return r }
            if let c = e.type.computed[name] { return try invoke(c.get, [], self: v) }
            if let m = e.type.methods[name]?.first { return boundMethod(m, v) }
            return try protocolMember(v, e.type, name, at: l)
        case .tuple(let t):
            if let i = t.index(of: name) ?? Int(name), i >= 0, i < t.values.count { return t.values[i] }
            throw RunError(.runtime, "value of tuple type has no member '\(name)'", at: l)
        case .host(let h):
            if let lazy = h.payload as? LazySequence, let v = try lazyProperty(lazy, name, at: l) { return v }
            if let g = h.type.getters[name] { return try hostCall(l) { try g(h) } }
            if let hook = h.type.tupleHook {
                let t = hook(h)
                if let i = t.index(of: name) ?? Int(name), i >= 0, i < t.values.count { return t.values[i] }
            }
            throw RunError(.runtime, "value of type '\(h.type.name)' has no member '\(name)'", at: l)
        case .some where name == "debugDescription": return .string(try describe(v, debug: true))
        case .some:
            throw RunError(.runtime, "value of optional type '\(v.typeName)?' must be unwrapped to refer to member '\(name)' of wrapped base type", at: l)
        case .type(let r):
            if name == "self" { return v }   // `E.self` of a generic parameter bound to a type
            // `T.zero` for a generic parameter bound at run time.
            switch r.kind {
            case .builtin(let bn): if let s = Runtime.builtinStaticValue(bn, name) { return s }
            case .user(let t):
                if let box = t.staticBoxes[name] { return box.value }
                if let c = session.registry.staticComputed(t, name) { return try invoke(c.get, [], self: v) }
            case .host: break
            }
            throw RunError(.runtime, "type '\(r.name)' has no member '\(name)'", at: l)
        default:
            if let r = try builtinProperty(v, name, at: l) { return r }
            throw RunError(.runtime, "value of type '\(v.typeName)' has no member '\(name)'", at: l)
        }
    }

    /// A member a notebook type gets from a protocol extension (the defaults along its conformances).
    func protocolMember(_ v: Value, _ t: UserType, _ name: String, at l: Loc) throws -> Value {
        let (c, m) = session.registry.member(of: v, name)
        if let c { return try invoke(c.get, [], self: v) }
        if let m { return boundMethod(m, v) }
        if let r = try userSequenceProperty(v, name, at: l) { return r }
        if name == "isEmpty", let (r, _) = try optionSetMethod(v, name, [], at: l) { return r }
        if name == "localizedDescription", let text = try localizedDescription(v, t, at: l) { return .string(text) }
        if name == "hashValue" { return .int(Hashing.hashValue(of: v)) }
        throw RunError(.runtime, "value of type '\(t.name)' has no member '\(name)'", at: l)
    }

    func boundMethod(_ m: Function, _ recv: Value) -> Value {
        let bound = Function(name: m.name, params: m.params)
        bound.native = { [unowned self] args in try self.invoke(m, args, self: recv) }
        return .function(bound)
    }

    func subscriptValue(_ base: Value, _ keys: [Value], _ labels: [String?], at l: Loc) throws -> Value {
        switch base {
        case .array(let a):
            guard keys.count == 1, labels[0] == nil else { break }
            switch keys[0] {
            case .int(let i):
                guard i >= 0 && i < a.count else { throw RunError(.runtime, "Fatal error: Index out of range", at: l) }
                return a[i]
            case .range(let r):
                let (lo, hi) = try sliceBounds(r, count: a.count, at: l)
                return .array(Array(a[lo..<hi]))
            default: break
            }
        case .dictionary(let d):
            if keys.count == 2, labels[1] == "default" { return d.get(keys[0]) ?? keys[1] }
            if keys.count == 1 { return d.get(keys[0]).map { .some($0) } ?? Value.none }
        case .string, .substring:
            if keys.count == 1, let v = try textSubscript(base, keys[0], at: l) { return v }
            if let v = try userSubscriptGet(base, keys, labels, at: l) { return v }
            if keys.count == 1, case .range(let r) = keys[0], case .string(let s) = base {
                let chars = Array(s)
                let (lo, hi) = try sliceBounds(r, count: chars.count, at: l)
                return .string(String(chars[lo..<hi]))
            }
            throw RunError(.runtime, "'subscript(_:)' is unavailable: cannot subscript String with an Int, use a String.Index instead.", at: l)
        case .tuple:
            break
        case .host(let h):
            if let lazy = h.payload as? LazySequence, let element = lazy.element, keys.count == 1, case .int(let i) = keys[0] {
                return try element(i)
            }
            guard let sub = h.type.subscriptGet else { break }
            return try hostCall(l) {
                try sub.body(HostCall(arguments: keys, receiver: base, session: session))
            }
        case .structure, .object, .enumCase, .type:
            if let v = try userSubscriptGet(base, keys, labels, at: l) { return v }
        case .range(let r):
            // `(0..<10)[3]` is 3; `(0..<10)[2..<5]` is the range 2..<5 (indices are the values).
            guard keys.count == 1, let b = r.intBounds else { break }
            switch keys[0] {
            case .int(let i):
                guard b.contains(i) else { throw RunError(.runtime, "Fatal error: Index out of range", at: l) }
                return .int(i)
            case .range(let k):
                var partial: Range<Int>?
                if case .int(let lo) = k.lower, case .void = k.upper, lo <= b.upperBound { partial = lo..<b.upperBound }
                guard let kb = k.intBounds ?? partial, kb.lowerBound >= b.lowerBound, kb.upperBound <= b.upperBound else {
                    throw RunError(.runtime, "Fatal error: Range out of bounds", at: l)
                }
                return .range(RangeBox(lower: .int(kb.lowerBound), upper: .int(kb.upperBound), closed: false))
            default: break
            }
        case .some:
            throw RunError(.runtime, "value of optional type must be unwrapped before subscripting", at: l)
        default: break
        }
        if let v = try userSubscriptGet(base, keys, labels, at: l) { return v }
        throw RunError(.runtime, "value of type '\(base.typeName)' has no subscripts", at: l)
    }

    func sliceBounds(_ r: RangeBox, count: Int, at l: Loc) throws -> (Int, Int) {
        var lo = 0, hi = count
        if case .int(let x) = r.lower { lo = x }
        if case .int(let x) = r.upper { hi = r.closed ? x + 1 : x }
        guard lo >= 0, hi <= count, lo <= hi else { throw RunError(.runtime, "Fatal error: Array index is out of range", at: l) }
        return (lo, hi)
    }

    func modifySubscript(_ v: inout Value, _ keys: [Value], _ labels: [String?], at l: Loc,
                         _ body: (inout Value) throws -> Void) throws {
        // Payloads are taken out of `v` before mutation (never bound in a `switch`, whose
        // temporary copy would make the buffer look shared and force a copy).
        if case .array = v, keys.count == 1, case .int(let i) = keys[0] {
            guard case .array(var a) = v else { return }
            guard i >= 0 && i < a.count else { throw RunError(.runtime, "Fatal error: Index out of range", at: l) }
            v = .void
            defer { v = .array(a) }
            try body(&a[i])
            return
        }
        if case .array = v, keys.count == 1, case .range(let r) = keys[0] {
            // `list[4...6] = ["a", "b"]`: the slice is replaced by what the body leaves (any length).
            guard case .array(var a) = v else { return }
            let (lo, hi) = try sliceBounds(r, count: a.count, at: l)
            var slice = Value.array(Array(a[lo..<hi]))
            try body(&slice)
            v = .void
            defer { v = .array(a) }
            a.replaceSubrange(lo..<hi, with: try sequence(slice, at: l))
            return
        }
        if case .dictionary = v {
            guard case .dictionary(var d) = v else { return }
            v = .void
            if !isKnownUniquelyReferenced(&d) { d = DictionaryBox(copying: d) }
            defer { v = .dictionary(d) }
            if keys.count == 2, labels[1] == "default" {
                // One hash lookup when the key exists: its value is updated in place.
                if let i = d.index[keys[0]] {
                    try body(&d.values[i])
                    return
                }
                var x = keys[1]
                try body(&x)
                d.set(keys[0], x)
                return
            }
            guard keys.count == 1 else { throw RunError(.runtime, "cannot assign through this subscript", at: l) }
            var x: Value = d.get(keys[0]).map { .some($0) } ?? Value.none
            try body(&x)
            switch x {
            case .none: d.remove(keys[0])
            case .some(let w): d.set(keys[0], w)
            default: d.set(keys[0], x)
            }
            return
        }
        switch v {
        case .host(let h):
            guard let get = h.type.subscriptGet, let set = h.type.subscriptSet else { break }
            var x = try hostCall(l) { try get.body(HostCall(arguments: keys, receiver: v, session: session)) }
            try body(&x)
            try hostCall(l) { try set(h, keys, x) }
            return
        case .structure, .object, .enumCase, .type:
            if try userSubscriptModify(&v, keys, labels, at: l, body) { return }
        default: break
        }
        throw RunError(.runtime, "cannot assign through subscript of '\(v.typeName)'", at: l)
    }
}
