import Foundation
import XCTest
@testable import Engine

final class IDXTests: XCTestCase {
    private let images: [UInt8] = Array(0..<24).map { UInt8($0 * 10) }  // 2 images of 3×4

    func testReadsGzipImagesAndLabels() throws {
        let dir = try makeTemporaryDirectory(self)
        try writeBytes(Gzip.compress(idxBytes(dims: [2, 3, 4], data: images)), to: dir + "/x.gz")
        try writeBytes(Gzip.compress(idxBytes(dims: [2], data: [7, 3])), to: dir + "/y.gz")
        let x = try IDX.readImages(from: dir + "/x.gz")
        XCTAssertEqual(x.shape, [2, 3, 4])
        XCTAssertEqual(x.scalars, images.map(Float.init))
        let y = try IDX.readLabels(from: dir + "/y.gz")
        XCTAssertEqual(y.shape, [2])
        XCTAssertEqual(y.scalars, [7, 3])
    }

    func testReadsPlainFilesAndLimit() throws {
        let dir = try makeTemporaryDirectory(self)
        try writeBytes(idxBytes(dims: [2, 3, 4], data: images), to: dir + "/x")
        let x = try IDX.readImages(from: dir + "/x", limit: 1)
        XCTAssertEqual(x.shape, [1, 3, 4])
        XCTAssertEqual(x.scalars, images.prefix(12).map(Float.init))
        XCTAssertEqual(try IDX.readImages(from: dir + "/x", limit: 5).shape, [2, 3, 4])
        XCTAssertEqual(try IDX.readImages(from: dir + "/x", limit: 0).shape, [0, 3, 4])
    }

    func testLimitInflatesOnlyWhatIsNeededFromGzip() throws {
        let dir = try makeTemporaryDirectory(self)
        // A gzip whose tail is cut: the first items are complete, so a limited read succeeds.
        var state: UInt32 = 1
        let noise = (0..<10_000).map { _ -> UInt8 in
            state = state &* 1_664_525 &+ 1_013_904_223
            return UInt8(state >> 24)
        }
        let gz = try Gzip.compress(idxBytes(dims: [1000, 10], data: noise))
        try writeBytes(Array(gz.prefix(gz.count / 2)), to: dir + "/x.gz")
        let x = try IDX.read(from: dir + "/x.gz", limit: 3)
        XCTAssertEqual(x.shape, [3, 10])
        XCTAssertEqual(x.scalars, noise.prefix(30).map(Float.init))
        assertDataError(["truncated"]) { try IDX.read(from: dir + "/x.gz") }
    }

    func testMultiMemberGzip() throws {
        let dir = try makeTemporaryDirectory(self)
        let whole = idxBytes(dims: [2, 3, 4], data: images)
        let gz = try Gzip.compress(Array(whole[..<10])) + Gzip.compress(Array(whole[10...]))
        try writeBytes(gz, to: dir + "/x.gz")
        XCTAssertEqual(try IDX.readImages(from: dir + "/x.gz").scalars, images.map(Float.init))
    }

    func testOtherElementTypesAreBigEndian() throws {
        let dir = try makeTemporaryDirectory(self)
        // int16 [2]: 0x0102 = 258, 0xFFFE = -2
        try writeBytes(idxBytes(dims: [2], data: [0x01, 0x02, 0xFF, 0xFE], typeCode: 0x0B), to: dir + "/s")
        XCTAssertEqual(try IDX.read(from: dir + "/s").scalars, [258, -2])
        // float32 [1]: 1.5 = 0x3FC00000
        try writeBytes(idxBytes(dims: [1], data: [0x3F, 0xC0, 0, 0], typeCode: 0x0D), to: dir + "/f")
        XCTAssertEqual(try IDX.read(from: dir + "/f").scalars, [1.5])
    }

    func testWrongMagicNumber() throws {
        let dir = try makeTemporaryDirectory(self)
        try writeBytes(idxBytes(dims: [2], data: [1, 2]), to: dir + "/labels")
        assertDataError([dir + "/labels", "magic number is 0x00000801, expected 0x00000803"]) {
            try IDX.readImages(from: dir + "/labels")
        }
        try writeBytes(Array("hello world".utf8), to: dir + "/text")
        assertDataError(["not an IDX header"]) { try IDX.read(from: dir + "/text") }
    }

    func testTruncatedAndExtraData() throws {
        let dir = try makeTemporaryDirectory(self)
        try writeBytes(idxBytes(dims: [2, 3, 4], data: Array(images.prefix(20))), to: dir + "/short")
        assertDataError(["short", "truncated", "20 of 24 bytes"]) { try IDX.readImages(from: dir + "/short") }
        try writeBytes(idxBytes(dims: [2, 3, 4], data: images + [1, 2]), to: dir + "/long")
        assertDataError(["2 bytes follow"]) { try IDX.readImages(from: dir + "/long") }
        try writeBytes([0, 0, 8], to: dir + "/tiny")
        assertDataError(["truncated", "magic number"]) { try IDX.read(from: dir + "/tiny") }
        // Absurd dimensions are rejected before allocating.
        try writeBytes(idxBytes(dims: [0x7fff_ffff, 0x7fff_ffff, 0x7fff_ffff], data: []), to: dir + "/huge")
        assertDataError(["huge"]) { try IDX.read(from: dir + "/huge") }
    }

    func testTruncatedAndCorruptGzip() throws {
        let dir = try makeTemporaryDirectory(self)
        let gz = try Gzip.compress(idxBytes(dims: [2, 3, 4], data: images))
        try writeBytes(Array(gz.prefix(gz.count / 2)), to: dir + "/cut.gz")
        assertDataError(["cut.gz", "truncated"]) { try IDX.readImages(from: dir + "/cut.gz") }
        var bad = gz
        for i in 10..<bad.count - 8 { bad[i] ^= 0x5a }
        try writeBytes(bad, to: dir + "/bad.gz")
        assertDataError(["bad.gz"]) { try IDX.readImages(from: dir + "/bad.gz") }
    }

    func testMissingFileAndNegativeLimit() throws {
        assertDataError(["/nonexistent/x.gz", "not found"]) { try IDX.read(from: "/nonexistent/x.gz") }
        let dir = try makeTemporaryDirectory(self)
        try writeBytes(idxBytes(dims: [2], data: [1, 2]), to: dir + "/y")
        assertDataError(["limit must be >= 0"]) { try IDX.readLabels(from: dir + "/y", limit: -1) }
    }
}
