import Foundation

/// A runtime value of the cell language.
///
/// Scalars are stored inline; compound values use Swift's copy-on-write arrays or small
/// reference boxes that the interpreter copies before mutating when they are shared, so structs
/// and collections keep value semantics while classes keep reference semantics.
public enum Value {
    case void
    case int(Int)
    /// `Int8`…`Int64`, `UInt`…`UInt64` (see FixedInt).
    case fixed(FixedInt)
    /// A `String.Index` (also of a Substring, which shares its base's indices).
    case stringIndex(String.Index)
    indirect case substring(Substring)
    indirect case charSet(CharacterSet)
    case double(Double)
    case float(Float)
    case bool(Bool)
    case string(String)
    case character(Character)
    case array([Value])
    case dictionary(DictionaryBox)
    case set(SetBox)
    case tuple(TupleBox)
    /// `Optional.none`.
    case none
    /// `Optional.some`.
    indirect case some(Value)
    case range(RangeBox)
    case structure(Instance)
    case object(Instance)
    case enumCase(EnumInstance)
    case function(Function)
    case host(HostObject)
    case type(TypeRef)
}

/// An insertion-ordered dictionary (deterministic printing, unlike Swift's random order).
public final class DictionaryBox {
    public var keys: [Value]
    public var values: [Value]
    var index: [Value: Int]

    public init(keys: [Value] = [], values: [Value] = []) {
        self.keys = []
        self.values = []
        self.index = [:]
        for (k, v) in zip(keys, values) { set(k, v) }
    }

    init(copying other: DictionaryBox) {
        keys = other.keys
        values = other.values
        index = other.index
    }

    public var count: Int { keys.count }

    public func get(_ key: Value) -> Value? {
        guard let i = index[key] else { return nil }
        return values[i]
    }

    public func set(_ key: Value, _ value: Value) {
        // One hash lookup: the `default:` subscript inserts the next position when the key is new.
        let n = keys.count
        let i = DictionaryBox.slot(&index[key, default: n])
        if i == n {
            keys.append(key)
            values.append(value)
        } else {
            values[i] = value
        }
    }

    @inline(__always) private static func slot(_ i: inout Int) -> Int { i }

    @discardableResult
    public func remove(_ key: Value) -> Value? {
        guard let i = index[key] else { return nil }
        let old = values[i]
        keys.remove(at: i)
        values.remove(at: i)
        index[key] = nil
        for j in i..<keys.count { index[keys[j]] = j }
        return old
    }
}

/// An insertion-ordered set.
public final class SetBox {
    public var items: [Value]
    var index: [Value: Int]

    public init(_ items: [Value] = []) {
        self.items = []
        self.index = [:]
        for v in items { insert(v) }
    }

    init(copying other: SetBox) {
        items = other.items
        index = other.index
    }

    public func contains(_ v: Value) -> Bool { index[v] != nil }

    @discardableResult
    public func insert(_ v: Value) -> Bool {
        if index[v] != nil { return false }
        index[v] = items.count
        items.append(v)
        return true
    }

    @discardableResult
    public func remove(_ v: Value) -> Value? {
        guard let i = index[v] else { return nil }
        let old = items.remove(at: i)
        index[v] = nil
        for j in i..<items.count { index[items[j]] = j }
        return old
    }
}

/// A tuple: element values with optional labels.
public final class TupleBox {
    public var values: [Value]
    public let labels: [String?]

    public init(_ values: [Value], labels: [String?]? = nil) {
        self.values = values
        self.labels = labels ?? Array(repeating: nil, count: values.count)
    }

    func index(of label: String) -> Int? { labels.firstIndex(where: { $0 == label }) }
}

/// An integer or floating-point range (`a..<b`, `a...b`).
public final class RangeBox {
    public let lower: Value
    public let upper: Value
    public let closed: Bool

    public init(lower: Value, upper: Value, closed: Bool) {
        self.lower = lower
        self.upper = upper
        self.closed = closed
    }

    /// Integer bounds as a half-open range, when both bounds are Int.
    public var intBounds: Range<Int>? {
        guard case .int(let lo) = lower, case .int(let hi) = upper else { return nil }
        if closed {
            if hi == Int.max || hi < lo { return nil }
            return lo..<(hi + 1)
        }
        if hi < lo { return nil }
        return lo..<hi
    }
}

/// The header of an instance: its type, generic arguments and field count.
public struct InstanceHeader {
    let type: UserType
    var typeArgs: [TypeSpec]?
    let count: Int
    /// Set on the copy a `deinit` body runs on, so that copy's own release runs nothing.
    var deinitialized = false
}

/// An instance of a user-defined struct (value semantics, copied when shared) or class.
///
/// The stored properties live in the same allocation as the header (one allocation per
/// instance and one memory load less per field read than a separate array).
public final class Instance: ManagedBuffer<InstanceHeader, Value> {
    /// A new instance holding `fields` in declaration order. `typeArgs` are the generic
    /// arguments of a specialized generic type when known at construction (`Stack<Int>()`);
    /// printed as Swift does (`Stack<Int>(items: [])`).
    static func make(type: UserType, fields: [Value], typeArgs: [TypeSpec]? = nil) -> Instance {
        let n = fields.count
        let buffer = Instance.create(minimumCapacity: n) { _ in InstanceHeader(type: type, typeArgs: typeArgs, count: n) }
        let inst = unsafeDowncast(buffer, to: Instance.self)
        inst.withUnsafeMutablePointerToElements { p in
            for i in 0..<n { (p + i).initialize(to: fields[i]) }
        }
        return inst
    }

    /// A new instance with `count` fields set to `.void`, to be filled in place.
    static func make(type: UserType, count n: Int, typeArgs: [TypeSpec]?) -> Instance {
        let buffer = Instance.create(minimumCapacity: n) { _ in InstanceHeader(type: type, typeArgs: typeArgs, count: n) }
        let inst = unsafeDowncast(buffer, to: Instance.self)
        inst.withUnsafeMutablePointerToElements { $0.initialize(repeating: .void, count: n) }
        return inst
    }

    deinit {
        if let queue = header.type.deinitQueue, !header.deinitialized {
            queue.enqueue(DeinitQueue.Pending(type: header.type, fields: Array(fields), typeArgs: header.typeArgs))
        }
        _ = withUnsafeMutablePointers { h, e in e.deinitialize(count: h.pointee.count) }
    }

    public var type: UserType { header.type }

    var typeArgs: [TypeSpec]? {
        get { header.typeArgs }
        set { header.typeArgs = newValue }
    }

    /// The stored properties, read and written in place.
    public var fields: UnsafeMutableBufferPointer<Value> {
        @inline(__always) get { UnsafeMutableBufferPointer(start: withUnsafeMutablePointerToElements { $0 }, count: header.count) }
    }

    func copy() -> Instance { Instance.make(type: type, fields: Array(fields), typeArgs: typeArgs) }
}

/// A value of a user-defined enum.
public final class EnumInstance {
    public let type: UserType
    public let caseIndex: Int
    public let payload: [Value]

    init(type: UserType, caseIndex: Int, payload: [Value]) {
        self.type = type
        self.caseIndex = caseIndex
        self.payload = payload
    }

    public var caseName: String { type.cases[caseIndex].name }
}

/// A type used as a value (`Point.origin`, `Double.pi`, `Color.allCases`).
public final class TypeRef {
    public enum Kind { case user(UserType), builtin(String), host(HostType) }
    public let kind: Kind
    init(_ kind: Kind) { self.kind = kind }

    public var name: String {
        switch kind {
        case .user(let t): return t.name
        case .builtin(let n): return n
        case .host(let h): return h.name
        }
    }
}

extension Value {
    /// Wraps a value as an optional (`.some`), leaving `nil` and existing optionals alone.
    var asOptional: Value {
        switch self {
        case .none, .some: return self
        default: return .some(self)
        }
    }

    /// The user type of a struct or class instance (nil otherwise), without copying the value.
    var userType: UserType? {
        switch self {
        case .structure(let i), .object(let i): return i.type
        default: return nil
        }
    }

    var isVoid: Bool { if case .void = self { return true }; return false }

    /// Swift's name of the value's type, used in error messages.
    public var typeName: String {
        switch self {
        case .void: return "()"
        case .int: return "Int"
        case .fixed(let f): return f.kind.name
        case .stringIndex: return "Index"
        case .substring: return "Substring"
        case .charSet: return "CharacterSet"
        case .double: return "Double"
        case .float: return "Float"
        case .bool: return "Bool"
        case .string: return "String"
        case .character: return "Character"
        case .array(let a): return "Array<\(a.first?.typeName ?? "Any")>"
        case .dictionary: return "Dictionary"
        case .set: return "Set"
        case .tuple: return "Tuple"
        case .none, .some: return "Optional"
        case .range: return "Range"
        case .structure(let i), .object(let i): return i.type.name
        case .enumCase(let e): return e.type.name
        case .function: return "Function"
        case .host(let h): return h.type.name
        case .type(let t): return "\(t.name).Type"
        }
    }
}
