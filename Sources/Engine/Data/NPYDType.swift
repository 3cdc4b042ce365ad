/// The NumPy element types `.npy` files are read from and written to (little-endian).
public enum NPYDType: String, CaseIterable {
    case float32 = "<f4", float64 = "<f8"
    case int8 = "|i1", uint8 = "|u1", int16 = "<i2", uint16 = "<u2"
    case int32 = "<i4", uint32 = "<u4", int64 = "<i8", uint64 = "<u8"
    case bool = "|b1"

    /// Bytes per element.
    public var size: Int {
        switch self {
        case .int8, .uint8, .bool: return 1
        case .int16, .uint16: return 2
        case .float32, .int32, .uint32: return 4
        case .float64, .int64, .uint64: return 8
        }
    }

    /// The type for a NumPy `descr` string, or nil; `>` (big-endian) multi-byte types are not accepted.
    init?(descr: String) {
        guard let order = descr.first, "<|=>".contains(order) else { return nil }
        let code = String(descr.dropFirst())
        guard let type = NPYDType.allCases.first(where: { $0.rawValue.dropFirst() == code }) else { return nil }
        // Byte order only matters for multi-byte types; "=" is native, little-endian on supported machines.
        guard type.size == 1 || order == "<" || order == "=" else { return nil }
        self = type
    }

    /// The inclusive range of values the type can hold exactly, for integer types.
    var integerRange: ClosedRange<Double>? {
        switch self {
        case .float32, .float64: return nil
        case .bool: return 0...1
        case .int8: return -128...127
        case .uint8: return 0...255
        case .int16: return -32768...32767
        case .uint16: return 0...65535
        case .int32: return -2_147_483_648...2_147_483_647
        case .uint32: return 0...4_294_967_295
        case .int64: return -9.223372036854775808e18...9.223372036854774784e18
        case .uint64: return 0...1.8446744073709549568e19
        }
    }

    /// Converts `count` little-endian raw elements to Float.
    func decode(_ raw: UnsafeRawBufferPointer, into out: UnsafeMutablePointer<Float>, count n: Int) {
        switch self {
        case .float32:
            for i in 0..<n { out[i] = Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))) }
        case .float64:
            for i in 0..<n {
                out[i] = Float(Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8 * i, as: UInt64.self))))
            }
        case .int8: for i in 0..<n { out[i] = Float(Int8(bitPattern: raw[i])) }
        case .uint8: for i in 0..<n { out[i] = Float(raw[i]) }
        case .bool: for i in 0..<n { out[i] = raw[i] == 0 ? 0 : 1 }
        case .int16: for i in 0..<n { out[i] = Float(Int16(littleEndian: raw.loadUnaligned(fromByteOffset: 2 * i, as: Int16.self))) }
        case .uint16: for i in 0..<n { out[i] = Float(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: 2 * i, as: UInt16.self))) }
        case .int32: for i in 0..<n { out[i] = Float(Int32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * i, as: Int32.self))) }
        case .uint32: for i in 0..<n { out[i] = Float(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))) }
        case .int64: for i in 0..<n { out[i] = Float(Int64(littleEndian: raw.loadUnaligned(fromByteOffset: 8 * i, as: Int64.self))) }
        case .uint64: for i in 0..<n { out[i] = Float(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8 * i, as: UInt64.self))) }
        }
    }

    /// Appends one value in little-endian form; the caller has checked integer values fit.
    func append(_ value: Float, to bytes: inout [UInt8]) {
        func put<T: FixedWidthInteger>(_ x: T) {
            withUnsafeBytes(of: x.littleEndian) { bytes.append(contentsOf: $0) }
        }
        switch self {
        case .float32: put(value.bitPattern)
        case .float64: put(Double(value).bitPattern)
        case .int8: put(Int8(value))
        case .uint8: put(UInt8(value))
        case .bool: put(UInt8(value))
        case .int16: put(Int16(value))
        case .uint16: put(UInt16(value))
        case .int32: put(Int32(value))
        case .uint32: put(UInt32(value))
        case .int64: put(Int64(value))
        case .uint64: put(UInt64(value))
        }
    }
}
