/// Structural equality and hashing of values (`==`, dictionary keys, set members).
extension Value: Hashable {
    public static func == (a: Value, b: Value) -> Bool {
        switch (a, b) {
        case (.void, .void), (.none, .none): return true
        case let (.int(x), .int(y)): return x == y
        case let (.fixed(x), .fixed(y)): return x == y
        case let (.fixed(x), .int(y)), let (.int(y), .fixed(x)): return x.intValue == y
        case let (.stringIndex(x), .stringIndex(y)): return x == y
        case let (.substring(x), .substring(y)): return x == y
        case let (.substring(x), .string(y)), let (.string(y), .substring(x)): return x == y
        case let (.charSet(x), .charSet(y)): return x == y
        case let (.double(x), .double(y)): return x == y
        case let (.float(x), .float(y)): return x == y
        case let (.int(x), .double(y)), let (.double(y), .int(x)): return Double(x) == y
        case let (.bool(x), .bool(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.character(x), .character(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.some(x), .some(y)): return x == y
        case (.some, .none), (.none, .some): return false
        case let (.some(x), y): return x == y
        case let (x, .some(y)): return x == y
        case let (.character(c), .string(s)), let (.string(s), .character(c)): return s.count == 1 && s.first == c
        case let (.tuple(x), .tuple(y)): return x.values == y.values
        case let (.dictionary(x), .dictionary(y)):
            guard x.count == y.count else { return false }
            for (k, v) in zip(x.keys, x.values) where y.get(k) != v { return false }
            return true
        case let (.set(x), .set(y)):
            return x.items.count == y.items.count && x.items.allSatisfy { y.contains($0) }
        case let (.set(x), .array(y)), let (.array(y), .set(x)):
            // `Set(xs) == [1, 2, 3]`: the literal is a Set there (nothing else type-checks).
            return Value.set(x) == Value.set(SetBox(y))
        case let (.range(x), .range(y)):
            return x.lower == y.lower && x.upper == y.upper && x.closed == y.closed
        case let (.structure(x), .structure(y)):
            if x === y { return true }
            if let eq = x.type.customEquality { return Hashing.userEqual(eq, x.type, a, b) }
            return x.type === y.type && x.fields.elementsEqual(y.fields)
        case let (.object(x), .object(y)):
            if x === y { return true }
            if let eq = x.type.customEquality { return Hashing.userEqual(eq, x.type, a, b) }
            return false
        case let (.enumCase(x), .enumCase(y)):
            if let eq = x.type.customEquality { return Hashing.userEqual(eq, x.type, a, b) }
            return x.type === y.type && x.caseIndex == y.caseIndex && x.payload == y.payload
        case let (.host(x), .host(y)): return x.type.equals(x, y)
        case let (.function(x), .function(y)): return x === y
        case let (.type(x), .type(y)): return x.name == y.name
        default: return false
        }
    }

    public func hash(into h: inout Hasher) {
        switch self {
        case .void: h.combine(0)
        case .none: h.combine(1)
        case .int(let x): h.combine(Double(x))
        case .fixed(let x): h.combine(x.doubleValue)
        case .stringIndex(let x): h.combine(x)
        case .substring(let x): h.combine(String(x))
        case .charSet(let x): h.combine(x)
        case .double(let x): h.combine(x)
        case .float(let x): h.combine(x)
        case .bool(let x): h.combine(x)
        case .string(let x): h.combine(x)
        case .character(let x): h.combine(x)
        case .array(let x): h.combine(x)
        case .some(let x): h.combine(x)
        case .tuple(let x): h.combine(x.values)
        case .dictionary(let x): h.combine(x.count)
        case .set(let x): h.combine(x.items.count)
        case .range(let x): h.combine(x.lower); h.combine(x.upper)
        case .structure(let x):
            if let fn = x.type.customHash { h.combine(Hashing.userHash(fn, x.type, self)); return }
            h.combine(x.fields.count); for v in x.fields { h.combine(v) }
        case .object(let x):
            if let fn = x.type.customHash { h.combine(Hashing.userHash(fn, x.type, self)); return }
            h.combine(ObjectIdentifier(x))
        case .enumCase(let x):
            if let fn = x.type.customHash { h.combine(Hashing.userHash(fn, x.type, self)); return }
            h.combine(x.caseIndex); h.combine(x.payload)
        case .host(let x): h.combine(ObjectIdentifier(x))
        case .function(let x): h.combine(ObjectIdentifier(x))
        case .type(let x): h.combine(x.name)
        }
    }
}

extension Value {
    /// The hash Swift's `Dictionary` and `Set` use (`Hashable`'s hook): integers skip SipHash.
    ///
    /// Values that are `==` must hash alike: `.int(1) == .double(1.0)`, `.fixed` equals `.int`
    /// of the same value and `.some(x)` equals `x`. Integers below 2^53 in magnitude (exact as a
    /// Double) and integral Doubles in that range use one mix of the integer; every other value,
    /// including larger integers (compared through their rounded Double), takes `hash(into:)`.
    public func _rawHashValue(seed: Int) -> Int {
        switch self {
        case .int(let x) where x.magnitude < Value.exactDoubleLimit: return Value.mix(x, seed)
        case .double(let y) where y.magnitude < Double(Value.exactDoubleLimit) && y.rounded(.towardZero) == y:
            return Value.mix(Int(y), seed)
        case .fixed(let x):
            if let i = x.intValue, i.magnitude < Value.exactDoubleLimit { return Value.mix(i, seed) }
        case .some(let x): return x._rawHashValue(seed: seed)
        default: break
        }
        var h = Hasher()
        h.combine(seed)
        hash(into: &h)
        return h.finalize()
    }

    private static let exactDoubleLimit: UInt = 1 << 53

    /// SplitMix64's finalizer over the integer and the table's seed.
    @inline(__always) private static func mix(_ x: Int, _ seed: Int) -> Int {
        var z = UInt64(bitPattern: Int64(x)) &+ UInt64(bitPattern: Int64(seed)) &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(bitPattern: UInt(z ^ (z >> 31)))
    }
}
