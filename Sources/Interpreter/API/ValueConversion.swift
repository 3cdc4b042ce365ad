/// Conversions between interpreter values and Swift values, for hosts and builtins.
extension Value {
    public init(_ x: Int) { self = .int(x) }
    public init(_ x: Double) { self = .double(x) }
    public init(_ x: Float) { self = .float(x) }
    public init(_ x: Bool) { self = .bool(x) }
    public init(_ x: String) { self = .string(x) }
    public init(_ xs: [Int]) { self = .array(xs.map { .int($0) }) }
    public init(_ xs: [Double]) { self = .array(xs.map { .double($0) }) }
    public init(_ xs: [Float]) { self = .array(xs.map { .float($0) }) }
    public init(_ xs: [String]) { self = .array(xs.map { .string($0) }) }
    public init(_ xs: [[Double]]) { self = .array(xs.map { Value($0) }) }
    public init(_ xs: [[Float]]) { self = .array(xs.map { Value($0) }) }
    /// A tuple, optionally labeled: `Value.tuple([("loss", .double(0.3)), ("accuracy", .double(0.9))])`.
    public static func tuple(_ items: [(String?, Value)]) -> Value {
        .tuple(TupleBox(items.map(\.1), labels: items.map(\.0)))
    }
    /// A dictionary from key/value pairs in the given order.
    public static func dictionary(_ pairs: [(Value, Value)]) -> Value {
        .dictionary(DictionaryBox(keys: pairs.map(\.0), values: pairs.map(\.1)))
    }

    /// The wrapped value of an optional (self otherwise); nil for `nil`.
    public var unwrapped: Value? {
        switch self {
        case .none: return nil
        case .some(let v): return v.unwrapped
        default: return self
        }
    }

    public func toInt() throws -> Int {
        switch self {
        case .int(let x): return x
        case .fixed(let f):
            guard let x = f.intValue else { throw HostError("\(f.description) does not fit in an Int") }
            return x
        case .some(let v): return try v.toInt()
        default: throw HostError("expected an Int, got \(typeName)")
        }
    }

    /// Int, Double and Float all convert (hosts accept `units: 128` and `rate: 0.1` alike).
    public func toDouble() throws -> Double {
        switch self {
        case .double(let x): return x
        case .int(let x): return Double(x)
        case .float(let x): return Double(x)
        case .fixed(let f): return f.doubleValue
        case .some(let v): return try v.toDouble()
        default: throw HostError("expected a Double, got \(typeName)")
        }
    }

    public func toFloat() throws -> Float { Float(try toDouble()) }

    public func toBool() throws -> Bool {
        if case .bool(let b) = self { return b }
        if case .some(let v) = self { return try v.toBool() }
        throw HostError("expected a Bool, got \(typeName)")
    }

    public func toStringValue() throws -> String {
        switch self {
        case .string(let s): return s
        case .character(let c): return String(c)
        case .substring(let s): return String(s)
        case .some(let v): return try v.toStringValue()
        default: throw HostError("expected a String, got \(typeName)")
        }
    }

    /// The most elements `toArray` makes of a range (about 1.5 GB of values).
    static let largestRangeArray = 1 << 26

    public func toArray() throws -> [Value] {
        switch self {
        case .array(let a): return a
        case .set(let s): return s.items
        case .some(let v): return try v.toArray()
        case .range(let r):
            if let b = r.intBounds {
                // Hosts take ranges as arrays (`0..<n`); one that cannot be built is an error, not a trap.
                let (count, overflow) = b.upperBound.subtractingReportingOverflow(b.lowerBound)
                guard !overflow, count <= Value.largestRangeArray else {
                    throw HostError("the range \(b.lowerBound)..<\(b.upperBound) is too large to use as an array")
                }
                return b.map { .int($0) }
            }
            if case .int(let lo) = r.lower, case .int = r.upper { _ = lo; return [] }
            throw HostError("expected an array, got \(typeName)")
        default: throw HostError("expected an array, got \(typeName)")
        }
    }

    public func toIntArray() throws -> [Int] { try toArray().map { try $0.toInt() } }
    public func toDoubleArray() throws -> [Double] { try toArray().map { try $0.toDouble() } }
    public func toFloatArray() throws -> [Float] { try toArray().map { try $0.toFloat() } }

    /// Nested arrays flattened in row-major order, with their shape (`[[1, 2], [3, 4]]` gives
    /// `([1, 2, 3, 4], [2, 2])`). Ragged input is an error.
    public func toFlatDoubles() throws -> (values: [Double], shape: [Int]) {
        switch self {
        case .array(let items):
            if items.isEmpty { return ([], [0]) }
            var values: [Double] = []
            var inner: [Int]?
            for item in items {
                let (v, s) = try item.toFlatDoubles()
                if let inner, inner != s { throw HostError("nested arrays have different lengths") }
                inner = s
                values.append(contentsOf: v)
            }
            return (values, [items.count] + (inner ?? []))
        default:
            return ([try toDouble()], [])
        }
    }

    public func toHost() throws -> HostObject {
        if case .host(let h) = self { return h }
        if case .some(let v) = self { return try v.toHost() }
        throw HostError("expected a host value, got \(typeName)")
    }

    /// Int bounds of a range value (`0..<3000` gives 0..<3000, `2...4` gives 2..<5).
    public func toIntRange() throws -> Range<Int> {
        if case .range(let r) = self {
            if let b = r.intBounds { return b }
            if case .int(let lo) = r.lower, case .int(let hi) = r.upper, hi < lo {
                throw HostError("Range requires lowerBound <= upperBound")
            }
        }
        throw HostError("expected a range of Int, got \(typeName)")
    }
}
