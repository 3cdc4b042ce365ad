/// The integer types of the standard library other than `Int` (`Int8`…`Int64`, `UInt`…`UInt64`).
///
/// `Int` keeps its own `Value.int` case (and its fast paths); `.int` here only names it when an
/// operation is written once for every integer type (`bitWidth`, `byteSwapped`, conversions).
public enum IntKind: UInt8, CaseIterable, Sendable {
    case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64

    static let byName: [String: IntKind] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })

    var name: String {
        switch self {
        case .int: return "Int"
        case .int8: return "Int8"
        case .int16: return "Int16"
        case .int32: return "Int32"
        case .int64: return "Int64"
        case .uint: return "UInt"
        case .uint8: return "UInt8"
        case .uint16: return "UInt16"
        case .uint32: return "UInt32"
        case .uint64: return "UInt64"
        }
    }

    var isSigned: Bool { rawValue <= IntKind.int64.rawValue }

    /// The unsigned type of the same width (`magnitude`'s type).
    var unsigned: IntKind {
        switch self {
        case .int: return .uint
        case .int8: return .uint8
        case .int16: return .uint16
        case .int32: return .uint32
        case .int64: return .uint64
        default: return self
        }
    }

    /// Runs `v` with this kind's Swift type.
    func visit<V: FixedVisitor>(_ v: V) throws -> V.Out {
        switch self {
        case .int: return try v.visit(Int.self)
        case .int8: return try v.visit(Int8.self)
        case .int16: return try v.visit(Int16.self)
        case .int32: return try v.visit(Int32.self)
        case .int64: return try v.visit(Int64.self)
        case .uint: return try v.visit(UInt.self)
        case .uint8: return try v.visit(UInt8.self)
        case .uint16: return try v.visit(UInt16.self)
        case .uint32: return try v.visit(UInt32.self)
        case .uint64: return try v.visit(UInt64.self)
        }
    }
}

/// An operation written once for every integer type; `IntKind.visit` picks the type.
protocol FixedVisitor {
    associatedtype Out
    func visit<T: FixedWidthInteger>(_ t: T.Type) throws -> Out
}

/// A value of a fixed-width integer type: its bits (sign-extended to 64) and its type.
public struct FixedInt: Hashable, Sendable {
    let bits: UInt64
    let kind: IntKind

    init(bits: UInt64, kind: IntKind) {
        self.bits = bits
        self.kind = kind
    }

    /// The value of `T` truncated to `kind`'s width (the caller passes `kind`'s own type).
    init<T: BinaryInteger>(_ v: T, _ kind: IntKind) {
        self.bits = UInt64(truncatingIfNeeded: v)
        self.kind = kind
    }

    func get<T: FixedWidthInteger>(_: T.Type) -> T { T(truncatingIfNeeded: bits) }

    /// The value as a wide integer with its sign (every fixed-width value fits one of the two).
    var wide: WideInt { kind.isSigned ? .signed(Int64(bitPattern: bits)) : .unsigned(bits) }

    var description: String { kind.isSigned ? String(Int64(bitPattern: bits)) : String(bits) }

    /// The value as an Int when it fits.
    var intValue: Int? {
        switch wide {
        case .signed(let x): return Int(x)
        case .unsigned(let x): return Int(exactly: x)
        }
    }

    var doubleValue: Double {
        switch wide {
        case .signed(let x): return Double(x)
        case .unsigned(let x): return Double(x)
        }
    }
}

/// An integer of any fixed-width type, widened without loss.
enum WideInt {
    case signed(Int64)
    case unsigned(UInt64)

    func exactly<T: FixedWidthInteger>(_: T.Type) -> T? {
        switch self {
        case .signed(let x): return T(exactly: x)
        case .unsigned(let x): return T(exactly: x)
        }
    }

    func truncating<T: FixedWidthInteger>(_: T.Type) -> T {
        switch self {
        case .signed(let x): return T(truncatingIfNeeded: x)
        case .unsigned(let x): return T(truncatingIfNeeded: x)
        }
    }

    func clamping<T: FixedWidthInteger>(_: T.Type) -> T {
        switch self {
        case .signed(let x): return T(clamping: x)
        case .unsigned(let x): return T(clamping: x)
        }
    }

    var isNegative: Bool { if case .signed(let x) = self { return x < 0 }; return false }
}

extension Value {
    /// An integer of `kind` as a value (`Int` stays `.int`).
    static func integer<T: BinaryInteger>(_ v: T, _ kind: IntKind) -> Value {
        kind == .int ? .int(Int(truncatingIfNeeded: v)) : .fixed(FixedInt(v, kind))
    }

    /// Any integer value (Int or fixed-width) widened, with its kind.
    var wideInteger: (WideInt, IntKind)? {
        switch self {
        case .int(let x): return (.signed(Int64(x)), .int)
        case .fixed(let f): return (f.wide, f.kind)
        default: return nil
        }
    }
}
