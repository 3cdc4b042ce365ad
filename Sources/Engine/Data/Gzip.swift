import CZlib
import Foundation

/// Helpers for recognizing and sizing gzip data.
enum Gzip {
    /// True if the bytes start with the gzip magic number.
    static func isGzip(_ data: Data) -> Bool {
        data.count >= 2 && data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in raw[0] == 0x1f && raw[1] == 0x8b }
    }

    /// The uncompressed size stored in the last member's trailer (modulo 2^32), a preallocation hint.
    static func sizeHint(_ data: Data) -> Int {
        guard data.count >= 18 else { return 0 }
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Int in
            let n = raw.count
            return Int(raw[n - 4]) | Int(raw[n - 3]) << 8 | Int(raw[n - 2]) << 16 | Int(raw[n - 1]) << 24
        }
    }

    /// Decompresses a whole gzip buffer.
    static func decompress(_ data: Data, path: String) throws -> [UInt8] {
        try ZlibInflater(data, format: .gzip, path: path).readAll(sizeHint: sizeHint(data))
    }

    /// Compresses bytes as gzip (`format: .gzip`) or raw deflate (`format: .raw`).
    static func compress(_ bytes: [UInt8], format: ZlibInflater.Format = .gzip, level: Int32 = 6) throws -> [UInt8] {
        // zlib checks that the stream never moves between calls, so it lives on the heap.
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { stream.deinitialize(count: 1); stream.deallocate() }
        let windowBits: Int32 = format == .gzip ? 15 + 16 : -15
        let status = deflateInit2_(stream, level, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY,
                                   ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            throw DataError.invalidArgument(function: "Gzip.compress", reason: "zlib could not start (status \(status))")
        }
        defer { deflateEnd(stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(stream, uLong(bytes.count))) + 64)
        let written: Int = bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.pointee.avail_in = UInt32(input.count)
                stream.pointee.next_out = out.baseAddress
                stream.pointee.avail_out = UInt32(out.count)
                let status = deflate(stream, Z_FINISH)
                return status == Z_STREAM_END ? out.count - Int(stream.pointee.avail_out) : -1
            }
        }
        guard written >= 0 else {
            throw DataError.invalidArgument(function: "Gzip.compress", reason: "zlib could not compress")
        }
        return Array(output[..<written])
    }
}
