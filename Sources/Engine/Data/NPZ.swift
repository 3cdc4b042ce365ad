import CZlib
import Foundation

/// Reads and writes NumPy `.npz` archives (a zip of `.npy` files), e.g. a model's weights list.
public enum NPZ {
    /// Writes named tensors, in the given order, as an uncompressed `.npz` (`numpy.load` reads it back by name).
    public static func write(_ arrays: KeyValuePairs<String, Tensor>, to path: String, dtype: NPYDType = .float32) throws {
        try write(arrays.map { (name: $0.key, tensor: $0.value) }, to: path, dtype: dtype)
    }

    /// Writes named tensors, in the given order, as an uncompressed `.npz`.
    public static func write(_ arrays: [(name: String, tensor: Tensor)], to path: String, dtype: NPYDType = .float32) throws {
        try DataFile.write(encode(arrays, dtype: dtype, source: path), to: path)
    }

    /// Reads every array of an `.npz` (stored or deflated entries) in archive order; names lose their `.npy` suffix.
    public static func read(from path: String) throws -> [(name: String, tensor: Tensor)] {
        try decode([UInt8](DataFile.read(path)), source: path)
    }

    /// Encodes named tensors as the bytes of a stored (uncompressed) zip archive.
    static func encode(_ arrays: [(name: String, tensor: Tensor)], dtype: NPYDType, source: String) throws -> [UInt8] {
        var seen = Set<String>()
        for (name, _) in arrays {
            guard !name.isEmpty, seen.insert(name).inserted else {
                let why = name.isEmpty ? "array names must not be empty" : "array name '\(name)' appears twice"
                throw DataError.invalidArgument(function: "NPZ.write", reason: why)
            }
        }
        var writer = ZipWriter()
        for (name, tensor) in arrays {
            try writer.addStored(name: name + ".npy", contents: NPY.encode(tensor, dtype: dtype, source: "\(source)[\(name)]"))
        }
        guard let bytes = writer.finish() else {
            throw DataError.invalidArgument(function: "NPZ.write", reason: "\(source): archive exceeds 4 GiB or 65,535 arrays")
        }
        return bytes
    }

    /// Decodes the bytes of an `.npz` archive.
    static func decode(_ bytes: [UInt8], source: String) throws -> [(name: String, tensor: Tensor)] {
        let entries = try ZipReader(bytes: bytes, source: source).entries()
        return try entries.map { entry in
            let name = entry.name.hasSuffix(".npy") ? String(entry.name.dropLast(4)) : entry.name
            let contents = try entry.contents()
            return (name: name, tensor: try NPY.decode(contents, source: "\(source)[\(entry.name)]"))
        }
    }

    /// The zlib CRC-32 of some bytes.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            UInt32(CZlib.crc32(0, buffer.baseAddress, uInt(buffer.count)))
        }
    }
}
