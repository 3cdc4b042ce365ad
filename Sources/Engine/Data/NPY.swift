import Foundation

/// Reads and writes NumPy `.npy` files (format versions 1.0 and 2.0, C order, little-endian).
public enum NPY {
    static let magic: [UInt8] = [0x93] + Array("NUMPY".utf8)

    /// Reads a `.npy` file into a Float tensor (64-bit values are rounded to Float).
    public static func read(from path: String) throws -> Tensor {
        try decode([UInt8](DataFile.read(path)), source: path)
    }

    /// Writes a tensor as a `.npy` file with the given element type (integer types require integral values in range).
    public static func write(_ tensor: Tensor, to path: String, dtype: NPYDType = .float32) throws {
        try DataFile.write(encode(tensor, dtype: dtype, source: path), to: path)
    }

    /// Decodes `.npy` bytes; `source` names them in error messages.
    public static func decode(_ bytes: [UInt8], source: String = "<npy>") throws -> Tensor {
        guard bytes.count >= 10, Array(bytes[0..<6]) == magic else {
            throw DataError.corrupt(path: source, reason: "not a .npy file (missing the \\x93NUMPY magic string)")
        }
        let major = bytes[6]
        let headerLength: Int
        let headerStart: Int
        switch major {
        case 1:
            headerLength = Int(bytes[8]) | Int(bytes[9]) << 8
            headerStart = 10
        case 2, 3:
            guard bytes.count >= 12 else { throw DataError.truncated(path: source, reason: "header length is cut off") }
            headerLength = Int(bytes[8]) | Int(bytes[9]) << 8 | Int(bytes[10]) << 16 | Int(bytes[11]) << 24
            headerStart = 12
        default:
            throw DataError.unsupported(path: source, reason: ".npy format version \(major).\(bytes[7])")
        }
        let dataStart = headerStart + headerLength
        guard dataStart <= bytes.count else {
            throw DataError.truncated(path: source, reason: "header announces \(headerLength) bytes, file has \(bytes.count - headerStart)")
        }
        let headerText = String(decoding: bytes[headerStart..<dataStart], as: UTF8.self)
        let header = try NPYHeader.parse(headerText, source: source)
        guard let count = DataRows.elementCount(header.shape) else {
            throw DataError.corrupt(path: source, reason: "shape \(header.shape) is too large")
        }
        let available = bytes.count - dataStart
        guard count <= available / header.dtype.size else {
            let needed = count.multipliedReportingOverflow(by: header.dtype.size)
            let amount = needed.overflow ? "more" : "\(needed.partialValue)"
            throw DataError.truncated(path: source, reason: "shape \(header.shape) needs \(amount) bytes of data, file has \(available)")
        }
        let scalars = try bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            try Allocator.floats(count, "\(source) of shape \(EngineError.shapeText(header.shape))") { out in
                if let base = out.baseAddress {
                    header.dtype.decode(UnsafeRawBufferPointer(rebasing: raw[dataStart...]), into: base, count: count)
                }
            }
        }
        return Tensor(shape: header.shape, scalars: scalars)
    }

    /// Encodes a tensor as `.npy` bytes, byte-identical to `numpy.save` for the same array.
    public static func encode(_ tensor: Tensor, dtype: NPYDType = .float32, source: String = "<npy>") throws -> [UInt8] {
        guard let count = DataRows.elementCount(tensor.shape), count == tensor.scalars.count else {
            throw DataError.invalidArgument(function: "NPY.write", reason: "shape \(tensor.shape) does not match \(tensor.scalars.count) values")
        }
        if let range = dtype.integerRange {
            for (index, value) in tensor.scalars.enumerated()
            where !(value.isFinite && value.rounded() == value && range.contains(Double(value))) {
                throw DataError.invalidArgument(function: "NPY.write",
                                                reason: "\(source): value \(value) at index \(index) cannot be stored as \(dtype)")
            }
        }
        var bytes = header(dtype: dtype, shape: tensor.shape)
        bytes.reserveCapacity(bytes.count + count * dtype.size)
        if dtype == .float32 {
            tensor.scalars.withUnsafeBytes { bytes.append(contentsOf: $0) }  // already little-endian float32
        } else {
            for value in tensor.scalars { dtype.append(value, to: &bytes) }
        }
        return bytes
    }

    /// The magic string, version and padded header, laid out exactly as NumPy writes them.
    static func header(dtype: NPYDType, shape: [Int]) -> [UInt8] {
        let shapeText = shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
        var text = "{'descr': '\(dtype.rawValue)', 'fortran_order': False, 'shape': \(shapeText), }"
        // NumPy leaves room for the first axis to grow to 21 digits in place.
        if let first = shape.first { text += String(repeating: " ", count: max(0, 21 - String(first).count)) }
        let body = Array(text.utf8)
        let version1 = body.count + 1 + 64 - (10 + body.count + 1) % 64 <= 0xffff
        let prefixLength = version1 ? 10 : 12
        let padding = 64 - (prefixLength + body.count + 1) % 64
        let length = body.count + padding + 1
        var bytes = magic + (version1 ? [1, 0] : [2, 0])
        bytes += version1 ? [UInt8(length & 0xff), UInt8(length >> 8)]
            : [UInt8(length & 0xff), UInt8(length >> 8 & 0xff), UInt8(length >> 16 & 0xff), UInt8(length >> 24 & 0xff)]
        return bytes + body + Array(repeating: UInt8(ascii: " "), count: padding) + [UInt8(ascii: "\n")]
    }
}
