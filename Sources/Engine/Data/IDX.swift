import Foundation

/// Reader for IDX files (the MNIST format), gzip-compressed or plain, into Float tensors.
public enum IDX {
    /// Magic number of an unsigned-byte, rank-3 IDX file (images).
    public static let imagesMagic: UInt32 = 0x0000_0803
    /// Magic number of an unsigned-byte, rank-1 IDX file (labels).
    public static let labelsMagic: UInt32 = 0x0000_0801

    /// Reads any IDX file into a Float tensor with the file's dimensions; `limit` keeps the first N items.
    public static func read(from path: String, limit: Int? = nil) throws -> Tensor {
        try decode(DataFile.read(path), path: path, limit: limit, expectedMagic: nil)
    }

    /// Reads an images file (magic 0x00000803, uint8 [N, rows, cols]) into a Float tensor of 0–255 values.
    public static func readImages(from path: String, limit: Int? = nil) throws -> Tensor {
        try decode(DataFile.read(path), path: path, limit: limit, expectedMagic: imagesMagic)
    }

    /// Reads a labels file (magic 0x00000801, uint8 [N]) into a Float tensor of class indices.
    public static func readLabels(from path: String, limit: Int? = nil) throws -> Tensor {
        try decode(DataFile.read(path), path: path, limit: limit, expectedMagic: labelsMagic)
    }

    /// Decodes IDX bytes (gzip or plain); `path` is only used in error messages.
    static func decode(_ data: Data, path: String, limit: Int?, expectedMagic: UInt32?) throws -> Tensor {
        if let limit = limit, limit < 0 {
            throw DataError.invalidArgument(function: "IDX.read", reason: "limit must be >= 0, got \(limit)")
        }
        let source = try IDXByteSource(data, path: path)
        let magic = try source.readBigEndianUInt32(what: "the magic number")
        let typeCode = UInt8((magic >> 8) & 0xff)
        let rank = Int(magic & 0xff)
        if let expected = expectedMagic, magic != expected {
            throw DataError.corrupt(path: path, reason: "magic number is \(hex(magic)), expected \(hex(expected))")
        }
        guard magic >> 16 == 0, let element = IDXElement(rawValue: typeCode), rank >= 1 else {
            throw DataError.corrupt(path: path, reason: "magic number \(hex(magic)) is not an IDX header")
        }
        var dims: [Int] = []  // rank ≥ 1, checked above
        for axis in 0..<rank {
            let size = try source.readBigEndianUInt32(what: "dimension \(axis)")
            dims.append(Int(size))
        }
        let count = min(limit ?? dims[0], dims[0])
        var itemBytes = element.size
        for size in dims.dropFirst() {
            let (product, overflow) = itemBytes.multipliedReportingOverflow(by: size)
            guard !overflow else { throw DataError.corrupt(path: path, reason: "dimensions \(dims) are too large") }
            itemBytes = product
        }
        let (byteCount, overflow) = itemBytes.multipliedReportingOverflow(by: count)
        guard !overflow, byteCount <= source.maximumRemaining else {
            throw DataError.truncated(path: path, reason: "header announces dimensions \(dims) "
                + "but the file is too short to hold them")
        }
        var shape = dims
        shape[0] = count
        try Allocator.reserve(byteCount / element.size, "\(path) with dimensions \(shape)")
        let scalars = try source.readScalars(count: byteCount / element.size, element: element,
                                             what: "\(count) items of shape \(Array(dims.dropFirst()))")
        if count == dims[0] {
            try source.expectEnd(afterDims: dims)
        }
        return Tensor(shape: shape, scalars: scalars)
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return "0x" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits
    }
}

/// The element types an IDX header can name (third byte of the magic number); data is big-endian.
enum IDXElement: UInt8 {
    case uint8 = 0x08, int8 = 0x09, int16 = 0x0B, int32 = 0x0C, float32 = 0x0D, float64 = 0x0E

    /// Bytes per element.
    var size: Int {
        switch self {
        case .uint8, .int8: return 1
        case .int16: return 2
        case .int32, .float32: return 4
        case .float64: return 8
        }
    }

    /// Converts `count` big-endian raw elements to Float.
    func convert(_ raw: UnsafeRawBufferPointer, into out: UnsafeMutablePointer<Float>, count n: Int) {
        switch self {
        case .uint8:
            for i in 0..<n { out[i] = Float(raw[i]) }
        case .int8:
            for i in 0..<n { out[i] = Float(Int8(bitPattern: raw[i])) }
        case .int16:
            for i in 0..<n { out[i] = Float(Int16(bigEndian: raw.loadUnaligned(fromByteOffset: 2 * i, as: Int16.self))) }
        case .int32:
            for i in 0..<n { out[i] = Float(Int32(bigEndian: raw.loadUnaligned(fromByteOffset: 4 * i, as: Int32.self))) }
        case .float32:
            for i in 0..<n {
                out[i] = Float(bitPattern: UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self)))
            }
        case .float64:
            for i in 0..<n {
                out[i] = Float(Double(bitPattern: UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 8 * i, as: UInt64.self))))
            }
        }
    }
}

/// Sequential reads from IDX data that may or may not be gzip-compressed.
private final class IDXByteSource {
    private let path: String
    private let data: Data
    private let inflater: ZlibInflater?
    private var offset = 0

    init(_ data: Data, path: String) throws {
        self.data = data
        self.path = path
        inflater = Gzip.isGzip(data) ? try ZlibInflater(data, format: .gzip, path: path) : nil
    }

    /// An upper bound on the bytes left, used to reject absurd headers before allocating.
    var maximumRemaining: Int {
        // Deflate cannot expand data by more than about 1032:1.
        // Plain reads check their exact size in `read` before allocating.
        inflater == nil ? Int.max : data.count.multipliedReportingOverflow(by: 1100).partialValue + 4096
    }

    /// Reads exactly `count` bytes or throws a truncation error describing `what` was being read.
    func read(count: Int, what: String) throws -> [UInt8] {
        if let inflater = inflater {
            var got = 0
            let bytes = try [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
                got = try inflater.read(into: UnsafeMutableRawBufferPointer(buffer))
                initialized = got
            }
            guard got == count else {
                throw DataError.truncated(path: path, reason: "data ends after \(got) of \(count) bytes of \(what)")
            }
            return bytes
        }
        guard data.count - offset >= count else {
            throw DataError.truncated(path: path, reason: "data ends after \(data.count - offset) of \(count) bytes of \(what)")
        }
        let start = data.startIndex + offset
        offset += count
        return [UInt8](data[start..<start + count])
    }

    /// Reads `count` elements and converts them to Float, decompressing in cache-sized chunks.
    func readScalars(count: Int, element: IDXElement, what: String) throws -> [Float] {
        let byteCount = count * element.size
        guard let inflater = inflater else {
            guard data.count - offset >= byteCount else {
                throw DataError.truncated(path: path, reason: "data ends after \(data.count - offset) of \(byteCount) bytes of \(what)")
            }
            defer { offset += byteCount }
            return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                [Float](unsafeUninitializedCapacity: count) { out, initialized in
                    if let base = out.baseAddress {
                        element.convert(UnsafeRawBufferPointer(rebasing: raw[offset..<offset + byteCount]), into: base, count: count)
                    }
                    initialized = count
                }
            }
        }
        // Small chunks stay in cache between inflating and converting.
        let chunkElements = 1 << 16
        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkElements * element.size, alignment: 16)
        defer { scratch.deallocate() }
        var done = 0
        let scalars = try [Float](unsafeUninitializedCapacity: count) { out, initialized in
            while done < count, let base = out.baseAddress {
                let n = min(chunkElements, count - done)
                let wanted = n * element.size
                let got = try inflater.read(into: UnsafeMutableRawBufferPointer(rebasing: scratch[0..<wanted]))
                guard got == wanted else {
                    let total = done * element.size + got
                    throw DataError.truncated(path: path, reason: "data ends after \(total) of \(byteCount) bytes of \(what)")
                }
                element.convert(UnsafeRawBufferPointer(scratch), into: base + done, count: n)
                done += n
                initialized = done
                // A safe point every 64 chunks (4 M elements, a few ms of inflating).
                if done & (chunkElements * 64 - 1) == 0 { try Allocator.checkDeadline() }
            }
        }
        return scalars
    }

    func readBigEndianUInt32(what: String) throws -> UInt32 {
        let b = try read(count: 4, what: what)
        return UInt32(b[0]) << 24 | UInt32(b[1]) << 16 | UInt32(b[2]) << 8 | UInt32(b[3])
    }

    /// Throws if bytes remain after the data the header announced.
    func expectEnd(afterDims dims: [Int]) throws {
        var extra = 0
        if let inflater = inflater {
            var scratch = [UInt8](repeating: 0, count: 4096)
            repeat {
                extra += try scratch.withUnsafeMutableBytes { try inflater.read(into: $0) }
            } while !inflater.finished
        } else {
            extra = data.count - offset
        }
        if extra > 0 {
            throw DataError.corrupt(path: path, reason: "\(extra) bytes follow the data announced by dimensions \(dims)")
        }
    }
}
