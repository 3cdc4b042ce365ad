import Foundation
import XCTest
@testable import Engine

final class NPZTests: XCTestCase {
    private let weights = Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
    private let bias = Tensor(shape: [3], scalars: [0.5, -0.5, 0])

    func testRoundTripKeepsOrderAndNames() throws {
        let dir = try makeTemporaryDirectory(self)
        try NPZ.write(["dense/kernel": weights, "dense/bias": bias, "a": bias], to: dir + "/m.npz")
        let arrays = try NPZ.read(from: dir + "/m.npz")
        XCTAssertEqual(arrays.map(\.name), ["dense/kernel", "dense/bias", "a"])
        XCTAssertEqual(arrays[0].tensor.shape, [2, 3])
        XCTAssertEqual(arrays[0].tensor.scalars, weights.scalars)
        XCTAssertEqual(arrays[1].tensor.scalars, bias.scalars)
    }

    func testOutputIsDeterministic() throws {
        let first = try NPZ.encode([("w", weights)], dtype: .float32, source: "x")
        let second = try NPZ.encode([("w", weights)], dtype: .float32, source: "x")
        XCTAssertEqual(first, second)
        // Stored entries: the .npy bytes appear verbatim after the 30-byte local header and the name.
        let npy = try NPY.encode(weights)
        XCTAssertEqual(Array(first[35..<35 + npy.count]), npy)
        XCTAssertEqual(Array(first[30..<35]), Array("w.npy".utf8))
    }

    func testReadsDeflatedEntries() throws {
        let npy = try NPY.encode(bias, dtype: .float64)
        let archive = try deflatedZip(name: "b.npy", contents: npy)
        let arrays = try NPZ.decode(archive, source: "d.npz")
        XCTAssertEqual(arrays.map(\.name), ["b"])
        XCTAssertEqual(arrays[0].tensor.scalars, bias.scalars)
    }

    func testDetectsCorruption() throws {
        var archive = try NPZ.encode([("w", weights)], dtype: .float32, source: "x")
        archive[35 + 128 + 4] ^= 0xff  // inside the array data, after the 35-byte local header and the .npy header
        assertDataError(["bad.npz", "CRC-32"]) { try NPZ.decode(archive, source: "bad.npz") }
        assertDataError(["no zip end-of-central-directory"]) { try NPZ.decode(Array(repeating: 0, count: 100), source: "z") }
        let good = try NPZ.encode([("w", weights)], dtype: .float32, source: "x")
        assertDataError(["z"]) { try NPZ.decode(Array(good[..<(good.count - 30)]), source: "z") }
    }

    func testRejectsDuplicateAndEmptyNames() {
        assertDataError(["'w' appears twice"]) { try NPZ.encode([("w", bias), ("w", bias)], dtype: .float32, source: "x") }
        assertDataError(["must not be empty"]) { try NPZ.encode([("", bias)], dtype: .float32, source: "x") }
    }

    /// A one-entry zip whose entry is raw-deflated, as `numpy.savez_compressed` writes.
    private func deflatedZip(name: String, contents: [UInt8]) throws -> [UInt8] {
        let packed = try Gzip.compress(contents, format: .raw)
        let nameBytes = Array(name.utf8)
        let crc = NPZ.crc32(contents)
        var local = ZipBytes()
        local.u32(0x0403_4b50); local.u16(20); local.u16(0); local.u16(8); local.u16(0); local.u16(0x21)
        local.u32(crc); local.u32(UInt32(packed.count)); local.u32(UInt32(contents.count))
        local.u16(UInt16(nameBytes.count)); local.u16(0)
        let body = local.bytes + nameBytes + packed
        var central = ZipBytes()
        central.u32(0x0201_4b50); central.u16(20); central.u16(20); central.u16(0); central.u16(8)
        central.u16(0); central.u16(0x21); central.u32(crc); central.u32(UInt32(packed.count))
        central.u32(UInt32(contents.count)); central.u16(UInt16(nameBytes.count)); central.u16(0); central.u16(0)
        central.u16(0); central.u16(0); central.u32(0); central.u32(0)
        let directory = central.bytes + nameBytes
        var end = ZipBytes()
        end.u32(0x0605_4b50); end.u16(0); end.u16(0); end.u16(1); end.u16(1)
        end.u32(UInt32(directory.count)); end.u32(UInt32(body.count)); end.u16(0)
        return body + directory + end.bytes
    }
}
