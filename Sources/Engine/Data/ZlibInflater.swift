import CZlib
import Foundation

/// Streaming zlib decompression of an in-memory buffer (gzip, possibly multi-member, or raw deflate).
final class ZlibInflater {
    /// The container around the deflate data.
    enum Format { case gzip, raw }

    // zlib keeps a pointer back to its stream, so the stream must never move: it lives on the heap.
    private let stream: UnsafeMutablePointer<z_stream>
    private let input: Data
    private var inputOffset = 0
    private let format: Format
    private let path: String
    /// True once the compressed stream has ended.
    private(set) var finished = false

    init(_ input: Data, format: Format, path: String) throws {
        self.input = input
        self.format = format
        self.path = path
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let windowBits: Int32 = format == .gzip ? 15 + 16 : -15
        let status = inflateInit2_(stream, windowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw DataError.io(path: path, reason: "zlib could not start (status \(status))")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Fills `buffer` with decompressed bytes; returns how many were written (fewer only at the end of the stream).
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let out = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return 0 }
        var produced = 0
        while produced < buffer.count && !finished {
            let status: Int32 = input.withUnsafeBytes { raw -> Int32 in
                guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return Z_BUF_ERROR }
                let availIn = min(raw.count - inputOffset, Int(UInt32.max))
                let availOut = min(buffer.count - produced, Int(UInt32.max))
                stream.pointee.next_in = UnsafeMutablePointer(mutating: base + inputOffset)
                stream.pointee.avail_in = UInt32(availIn)
                stream.pointee.next_out = out + produced
                stream.pointee.avail_out = UInt32(availOut)
                let status = inflate(stream, Z_NO_FLUSH)
                inputOffset += availIn - Int(stream.pointee.avail_in)
                produced += availOut - Int(stream.pointee.avail_out)
                return status
            }
            switch status {
            case Z_OK:
                continue
            case Z_STREAM_END:
                // `gzip a b > c` concatenates members; a later member continues the data.
                if format == .gzip && nextMemberFollows() {
                    inflateReset(stream)
                } else {
                    finished = true
                }
            case Z_BUF_ERROR where inputOffset >= input.count:
                throw DataError.truncated(path: path, reason: "compressed data ends unexpectedly")
            case Z_MEM_ERROR:
                throw DataError.io(path: path, reason: "out of memory while decompressing")
            default:
                throw DataError.corrupt(path: path, reason: "compressed data is invalid (\(zlibMessage(status)))")
            }
        }
        return produced
    }

    /// Decompresses everything into one array, growing it through the budget and checking the
    /// deadline as it goes; `sizeHint` preallocates. The result never holds more than
    /// `maximum + 1` bytes, so a caller sees that data went past its declared size without the
    /// data ever being inflated further (a zip bomb stops at its header's word).
    func readAll(sizeHint: Int, maximum: Int = Int.max) throws -> [UInt8] {
        let cap = maximum == Int.max ? maximum : maximum + 1
        var size = min(max(sizeHint, 1024), cap)
        try Allocator.reserve(bytes: size, "decompressing \(path)")
        var result = [UInt8](repeating: 0, count: size)
        var filled = 0
        while true {
            let got = try result.withUnsafeMutableBytes { raw in
                try read(into: UnsafeMutableRawBufferPointer(rebasing: raw[filled...]))
            }
            filled += got
            if finished || filled < result.count || filled >= cap { break }
            try Allocator.checkDeadline()
            size = result.count > cap - result.count ? cap : 2 * result.count
            try Allocator.reserve(bytes: size, "decompressing \(path) (\(ByteText.text(filled)) so far)")
            result.append(contentsOf: repeatElement(0, count: size - result.count))
        }
        result.removeSubrange(filled...)
        return result
    }

    private func nextMemberFollows() -> Bool {
        guard input.count - inputOffset >= 2 else { return false }
        return input.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in raw[inputOffset] == 0x1f && raw[inputOffset + 1] == 0x8b }
    }

    private func zlibMessage(_ status: Int32) -> String {
        if let message = stream.pointee.msg { return String(cString: message) }
        return "zlib status \(status)"
    }
}
