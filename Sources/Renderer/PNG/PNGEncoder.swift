import CZlib
import Foundation

/// Minimal PNG writer: 8-bit grayscale or RGB, filter 0, one zlib stream compressed by the system
/// zlib at level 9 (stored deflate blocks if zlib fails).
///
/// A 28×28 Fashion-MNIST image is ~1.2 KB as base64 with stored blocks and ~0.7 KB compressed: on
/// the flagship's image grids that is 17 KB of the page. zlib's output is deterministic, so pages
/// stay byte-identical from run to run.
enum PNGEncoder {
    enum ColorType: UInt8 { case gray = 0, rgb = 2 }

    /// `pixels` row-major, `channels` bytes per pixel (1 for gray, 3 for RGB). Returns nil when the
    /// sizes don't match or are empty.
    static func encode(width: Int, height: Int, color: ColorType, pixels: [UInt8]) -> Data? {
        let channels = color == .gray ? 1 : 3
        guard width > 0, height > 0, width <= 1 << 16, height <= 1 << 16,
              pixels.count == width * height * channels else { return nil }
        var raw = [UInt8]()
        raw.reserveCapacity(height * (width * channels + 1))
        let rowBytes = width * channels
        for row in 0..<height {
            raw.append(0) // filter type None
            raw.append(contentsOf: pixels[row * rowBytes ..< (row + 1) * rowBytes])
        }
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header = [UInt8]()
        header += bigEndian(UInt32(width))
        header += bigEndian(UInt32(height))
        header += [8, color.rawValue, 0, 0, 0] // bit depth, color type, compression, filter, interlace
        appendChunk(&png, type: "IHDR", header)
        appendChunk(&png, type: "IDAT", zlibCompressed(raw) ?? zlibStored(raw))
        appendChunk(&png, type: "IEND", [])
        return Data(png)
    }

    /// A zlib stream (RFC 1950) from zlib's `compress2` at level 9; nil when zlib reports an error.
    static func zlibCompressed(_ data: [UInt8]) -> [UInt8]? {
        var length = compressBound(uLong(data.count))
        var out = [UInt8](repeating: 0, count: Int(length))
        let status = out.withUnsafeMutableBufferPointer { target in
            data.withUnsafeBufferPointer { source in
                compress2(target.baseAddress, &length, source.baseAddress, uLong(data.count), 9)
            }
        }
        guard status == Z_OK else { return nil }
        return Array(out.prefix(Int(length)))
    }

    /// A zlib stream (RFC 1950) whose deflate data (RFC 1951) is stored blocks of ≤ 65535 bytes.
    static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01] // deflate, 32K window, no dictionary, fastest; (0x7801 % 31 == 0)
        var offset = 0
        repeat {
            let length = min(65535, data.count - offset)
            let final: UInt8 = offset + length >= data.count ? 1 : 0
            out.append(final) // BFINAL + BTYPE=00, byte-aligned
            out.append(UInt8(length & 0xFF))
            out.append(UInt8(length >> 8))
            out.append(UInt8(~length & 0xFF))
            out.append(UInt8((~length >> 8) & 0xFF))
            out.append(contentsOf: data[offset ..< offset + length])
            offset += length
        } while offset < data.count
        out += bigEndian(adler32(data))
        return out
    }

    static func appendChunk(_ png: inout [UInt8], type: String, _ body: [UInt8]) {
        let typeBytes = Array(type.utf8)
        png += bigEndian(UInt32(body.count))
        png += typeBytes
        png += body
        png += bigEndian(crc32(typeBytes + body))
    }

    static func bigEndian(_ v: UInt32) -> [UInt8] {
        [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
    }

    static let crcTable: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = crcTable[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }

    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return (b << 16) | a
    }

    /// `data:image/png;base64,…` for an `<image href>`.
    static func dataURI(_ png: Data) -> String {
        "data:image/png;base64," + png.base64EncodedString()
    }
}
