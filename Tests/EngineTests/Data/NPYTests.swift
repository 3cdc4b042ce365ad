import Foundation
import XCTest
@testable import Engine

final class NPYTests: XCTestCase {
    /// Bytes written by `numpy.save` (NumPy 2.4) for small arrays: name → (hex, dtype, tensor).
    private let golden: [(String, String, NPYDType, Tensor)] = [
        ("f4 [2,3]", "934e554d5059010076007b276465736372273a20273c6634272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028322c2033292c207d202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a000000000000803f0000004000004040000080400000a040",
         .float32, Tensor(shape: [2, 3], scalars: [0, 1, 2, 3, 4, 5])),
        ("f8 scalar", "934e554d5059010076007b276465736372273a20273c6638272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028292c207d20202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a0000000000000c40",
         .float64, Tensor(shape: [], scalars: [3.5])),
        ("u1 [2]", "934e554d5059010076007b276465736372273a20277c7531272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028322c292c207d2020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a0102",
         .uint8, Tensor(shape: [2], scalars: [1, 2])),
        ("i8 [0,4]", "934e554d5059010076007b276465736372273a20273c6938272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028302c2034292c207d202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a",
         .int64, Tensor(shape: [0, 4], scalars: [])),
        ("i4 [2]", "934e554d5059010076007b276465736372273a20273c6934272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028322c292c207d2020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200affffffff07000000",
         .int32, Tensor(shape: [2], scalars: [-1, 7])),
        ("i1 [3]", "934e554d5059010076007b276465736372273a20277c6931272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028332c292c207d2020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a80007f",
         .int8, Tensor(shape: [3], scalars: [-128, 0, 127])),
    ]

    private func bytes(hex: String) -> [UInt8] {
        var result: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            result.append(UInt8(hex[index..<next], radix: 16) ?? 0)
            index = next
        }
        return result
    }

    func testEncodeMatchesNumPyBytes() throws {
        for (name, hex, dtype, tensor) in golden {
            XCTAssertEqual(try NPY.encode(tensor, dtype: dtype), bytes(hex: hex), name)
        }
    }

    func testDecodeNumPyBytes() throws {
        for (name, hex, _, tensor) in golden {
            let decoded = try NPY.decode(bytes(hex: hex))
            XCTAssertEqual(decoded.shape, tensor.shape, name)
            XCTAssertEqual(decoded.scalars, tensor.scalars, name)
        }
    }

    func testFileRoundTripAllTypes() throws {
        let dir = try makeTemporaryDirectory(self)
        for dtype in NPYDType.allCases {
            let tensor = Tensor(shape: [2, 2], scalars: dtype == .bool ? [0, 1, 1, 0] : [0, 1, 100, 1])
            try NPY.write(tensor, to: dir + "/a.npy", dtype: dtype)
            let back = try NPY.read(from: dir + "/a.npy")
            XCTAssertEqual(back.shape, [2, 2], "\(dtype)")
            XCTAssertEqual(back.scalars, tensor.scalars, "\(dtype)")
        }
    }

    func testVersion2HeaderAndOtherSpellings() throws {
        // Version 2.0 uses a 4-byte header length; "=" byte order and no trailing comma also parse.
        let header = Array("{\"shape\": (2,), \"fortran_order\": False, \"descr\": \"=f4\"}\n".utf8)
        let length = header.count
        var file = NPY.magic + [2, 0, UInt8(length), 0, 0, 0] + header
        file += [0, 0, 0x80, 0x3f, 0, 0, 0, 0x40]
        let tensor = try NPY.decode(file)
        XCTAssertEqual(tensor.shape, [2])
        XCTAssertEqual(tensor.scalars, [1, 2])
    }

    func testRejectsFortranOrderBigEndianAndBadFiles() throws {
        func file(_ header: String, data: [UInt8] = [0, 0, 0, 0]) -> [UInt8] {
            let text = Array(header.utf8) + [0x0a]
            return NPY.magic + [1, 0, UInt8(text.count), 0] + text + data
        }
        assertDataError(["m.npy", "fortran_order is True"]) {
            try NPY.decode(file("{'descr': '<f4', 'fortran_order': True, 'shape': (1,), }"), source: "m.npy")
        }
        assertDataError(["big-endian element type '>f4'"]) {
            try NPY.decode(file("{'descr': '>f4', 'fortran_order': False, 'shape': (1,), }"))
        }
        assertDataError(["element type '<c8'"]) {
            try NPY.decode(file("{'descr': '<c8', 'fortran_order': False, 'shape': (1,), }"))
        }
        assertDataError(["structured"]) {
            try NPY.decode(file("{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (1,), }"))
        }
        assertDataError(["truncated", "needs 8 bytes of data, file has 4"]) {
            try NPY.decode(file("{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }"))
        }
        assertDataError(["is too large"]) {
            try NPY.decode(file("{'descr': '<f4', 'fortran_order': False, 'shape': (4611686018427387904, 4), }"))
        }
        assertDataError(["needs more bytes"]) {
            try NPY.decode(file("{'descr': '<f8', 'fortran_order': False, 'shape': (4611686018427387904,), }"))
        }
        assertDataError(["cannot parse the header"]) { try NPY.decode(file("{'descr': '<f4', ")) }
        assertDataError(["no 'shape' entry"]) { try NPY.decode(file("{'descr': '<f4', 'fortran_order': False}")) }
        assertDataError(["not a .npy file"]) { try NPY.decode(Array("hello, world".utf8)) }
        assertDataError(["version 9.0"]) { try NPY.decode(NPY.magic + [9, 0, 0, 0]) }
    }

    func testWritingIntegersRequiresIntegralValuesInRange() {
        assertDataError(["value 1.5 at index 1 cannot be stored as int32"]) {
            try NPY.encode(Tensor(shape: [2], scalars: [1, 1.5]), dtype: .int32)
        }
        assertDataError(["value 256.0 at index 0 cannot be stored as uint8"]) {
            try NPY.encode(Tensor(shape: [1], scalars: [256]), dtype: .uint8)
        }
        assertDataError(["value -1.0"]) { try NPY.encode(Tensor(shape: [1], scalars: [-1]), dtype: .uint64) }
        assertDataError(["does not match"]) { try NPY.encode(Tensor(shape: [3], scalars: [1])) }
    }
}
