import CZlib
import XCTest
@testable import Renderer

/// Number formatting, nice ticks and PNG encoding: the pieces figures' bytes depend on.
final class FormattingTests: XCTestCase {
    func testFixedFormatting() {
        let cases: [(Double, Int, Bool, String)] = [
            (0, 2, true, "0"), (-0.0, 2, true, "0"), (1.005, 2, false, "1.00"), (12.5, 2, true, "12.5"),
            (-3.14159, 2, true, "-3.14"), (0.0001, 2, true, "0"), (2.5, 0, false, "3"), (0.25, 1, false, "0.3"),
            (0.05, 3, false, "0.050"), (-0.004, 2, true, "0"), (1e20, 2, true, "1e+20"), (.nan, 2, true, "0"),
        ]
        for (value, decimals, trim, expected) in cases {
            XCTAssertEqual(NumberFormat.fixed(value, decimals: decimals, trim: trim), expected, "\(value) \(decimals)")
        }
    }

    func testKerasStyleCountsAndSizes() {
        XCTAssertEqual(NumberFormat.grouped(101_770), "101,770")
        XCTAssertEqual(NumberFormat.grouped(0), "0")
        XCTAssertEqual(NumberFormat.grouped(-1_234_567), "-1,234,567")
        XCTAssertEqual(NumberFormat.memorySize(bytes: 101_770 * 4), "397.54 KB")
        XCTAssertEqual(NumberFormat.memorySize(bytes: 932_362 * 4), "3.56 MB")
        XCTAssertEqual(NumberFormat.memorySize(bytes: 0), "0.00 B")
        XCTAssertEqual(NumberFormat.memorySize(bytes: 1000), "1000.00 B")
    }

    func testNiceTicksUseOneTwoFiveSteps() {
        let cases: [(Double, Double, [Double])] = [
            (0.31, 2.3, [0, 0.5, 1, 1.5, 2, 2.5]),
            (0, 1, [0, 0.2, 0.4, 0.6, 0.8, 1]),
            (1, 5, [1, 2, 3, 4, 5]),
            (-47, 120, [-50, 0, 50, 100, 150]),
            (0.7012, 0.8701, [0.70, 0.75, 0.80, 0.85, 0.90]),
            (0.0003, 0.0021, [0, 0.0005, 0.001, 0.0015, 0.002, 0.0025]),
        ]
        for (lo, hi, expected) in cases {
            let scale = NiceScale(lower: lo, upper: hi)
            XCTAssertEqual(scale.ticks.count, expected.count, "\(lo)…\(hi): \(scale.ticks)")
            for (a, b) in zip(scale.ticks, expected) { XCTAssertEqual(a, b, accuracy: 1e-9) }
        }
        XCTAssertEqual(NiceScale(lower: 0, upper: 1).ticks.map(NiceScale(lower: 0, upper: 1).label), ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        let small = NiceScale(lower: 0.0003, upper: 0.0021)
        XCTAssertEqual(small.ticks.map(small.label), ["0.0000", "0.0005", "0.0010", "0.0015", "0.0020", "0.0025"])
    }

    func testNiceScaleSurvivesDegenerateBounds() {
        for (lo, hi) in [(3.0, 3.0), (.nan, 1), (-.infinity, .infinity), (5, -5), (-Double.greatestFiniteMagnitude, Double.greatestFiniteMagnitude)] {
            let scale = NiceScale(lower: lo, upper: hi)
            XCTAssertFalse(scale.ticks.isEmpty)
            XCTAssertLessThan(scale.domainMin, scale.domainMax, "\(lo)…\(hi)")
        }
    }

    func testChecksums() {
        XCTAssertEqual(PNGEncoder.crc32(Array("IEND".utf8)), 0xAE42_6082)
        XCTAssertEqual(PNGEncoder.adler32(Array("Wikipedia".utf8)), 0x11E6_0398)
    }

    func testPNGStructureAndStoredBlocksRoundTrip() throws {
        let pixels = (0..<90_000).map { UInt8($0 % 251) }
        let png = try XCTUnwrap(PNGEncoder.encode(width: 300, height: 300, color: .gray, pixels: pixels))
        let bytes = [UInt8](png)
        XCTAssertEqual(Array(bytes.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let chunks = try parseChunks(bytes)
        XCTAssertEqual(chunks.map(\.type), ["IHDR", "IDAT", "IEND"])
        XCTAssertEqual(chunks[0].body, [0, 0, 1, 44, 0, 0, 1, 44, 8, 0, 0, 0, 0])
        var inflated = [UInt8](repeating: 0, count: 300 * 301 + 1)
        var inflatedLength = uLong(inflated.count)
        XCTAssertEqual(uncompress(&inflated, &inflatedLength, chunks[1].body, uLong(chunks[1].body.count)), Z_OK)
        XCTAssertLessThan(chunks[1].body.count, 300 * 301 / 4, "IDAT is compressed")
        var raw = Array(inflated.prefix(Int(inflatedLength)))
        XCTAssertEqual(raw.count, 300 * 301)
        // The stored-block fallback (two blocks: raw data > 65,535 bytes) decodes to the same bytes.
        XCTAssertEqual(try inflateStored(PNGEncoder.zlibStored(raw)), raw)
        raw = try inflateStored(PNGEncoder.zlibStored(raw))
        for row in 0..<300 {
            XCTAssertEqual(raw[row * 301], 0)
            XCTAssertEqual(Array(raw[row * 301 + 1 ..< row * 301 + 301]), Array(pixels[row * 300 ..< row * 300 + 300]))
        }
        XCTAssertNil(PNGEncoder.encode(width: 2, height: 2, color: .rgb, pixels: [1, 2, 3]))
    }

    /// A tiny 28×28 image stays compact (the reason for PNG over per-pixel rects).
    func testSmallImageIsCompact() throws {
        let png = try XCTUnwrap(PNGEncoder.encode(width: 28, height: 28, color: .gray, pixels: Array(repeating: 7, count: 784)))
        XCTAssertLessThan(PNGEncoder.dataURI(png).count, 200)
    }

    struct Chunk { var type: String; var body: [UInt8] }

    func parseChunks(_ bytes: [UInt8]) throws -> [Chunk] {
        var chunks: [Chunk] = []
        var i = 8
        func u32(_ at: Int) -> Int { Int(bytes[at]) << 24 | Int(bytes[at + 1]) << 16 | Int(bytes[at + 2]) << 8 | Int(bytes[at + 3]) }
        while i + 12 <= bytes.count {
            let length = u32(i)
            let type = String(decoding: bytes[i + 4 ..< i + 8], as: UTF8.self)
            let body = Array(bytes[i + 8 ..< i + 8 + length])
            XCTAssertEqual(UInt32(u32(i + 8 + length)), PNGEncoder.crc32(Array(bytes[i + 4 ..< i + 8 + length])), "CRC of \(type)")
            chunks.append(Chunk(type: type, body: body))
            i += 12 + length
        }
        XCTAssertEqual(i, bytes.count)
        return chunks
    }

    func inflateStored(_ zlib: [UInt8]) throws -> [UInt8] {
        XCTAssertEqual((Int(zlib[0]) << 8 | Int(zlib[1])) % 31, 0, "zlib header check")
        var out: [UInt8] = []
        var i = 2
        while true {
            let final = zlib[i] & 1
            XCTAssertEqual(zlib[i] >> 1, 0, "stored block type")
            let len = Int(zlib[i + 1]) | Int(zlib[i + 2]) << 8
            let nlen = Int(zlib[i + 3]) | Int(zlib[i + 4]) << 8
            XCTAssertEqual(len ^ 0xFFFF, nlen)
            out += zlib[i + 5 ..< i + 5 + len]
            i += 5 + len
            if final == 1 { break }
        }
        let adler = UInt32(zlib[i]) << 24 | UInt32(zlib[i + 1]) << 16 | UInt32(zlib[i + 2]) << 8 | UInt32(zlib[i + 3])
        XCTAssertEqual(adler, PNGEncoder.adler32(out))
        XCTAssertEqual(i + 4, zlib.count)
        return out
    }
}
