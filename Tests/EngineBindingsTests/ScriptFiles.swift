import Engine
import Foundation

/// The folders a script's session may read, with fixtures written fresh into a temp dir.
///
/// Like a notebook run: `notebook/` plays the notebook's folder (readable, searched first), the
/// repository root is searched next, and only its `datasets/` is readable. `outside/` holds the
/// same fixtures but is not readable, so scripts can show that the folder, not the file, decides.
///
/// Fixtures (in both `notebook/` and `outside/`):
/// - `small.npy`: float32, shape (2, 3), values 0…5
/// - `labels.npy`: int64, shape (4,), values 3, 1, 4, 1
/// - `broken.npy`: a valid header promising 6 floats, then only 2
/// - `numbers.csv`: header `a,b`, rows `1,2` and `3,4`
/// - `weights.npz`: weights of `Sequential([Dense(2, inputShape: [3])])` as the engine saves them:
///   kernel [[1, 2], [3, 4], [5, 6]], bias [0.5, -0.5]
/// - `liar.npy`: a header promising shape (100000, 100000) float32, then 16 bytes
/// - `bomb.npz`: a member `big.npy` whose headers say 1,000 bytes; it inflates to 2 MiB
/// - `honest.npz`: a member `big.npy` that inflates to the 2 MiB its headers say
/// - `garbage.csv`, `garbage.keras`: 4 KiB of pseudo-random bytes
struct ScriptFiles {
    let root: URL
    let readable: [String]
    let search: [String]

    init(repositoryRoot: URL) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("nbrun-binding-scripts-\(ProcessInfo.processInfo.processIdentifier)")
        let notebook = root.appendingPathComponent("notebook"), outside = root.appendingPathComponent("outside")
        for folder in [notebook, outside] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Self.npy(descr: "<f4", shape: [2, 3], payload: (0..<6).flatMap { Self.bytes(Float($0).bitPattern) })
                .write(to: folder.appendingPathComponent("small.npy"))
            try Self.npy(descr: "<i8", shape: [4], payload: [3, 1, 4, 1].flatMap { Self.bytes(UInt64(bitPattern: Int64($0))) })
                .write(to: folder.appendingPathComponent("labels.npy"))
            try Self.npy(descr: "<f4", shape: [2, 3], payload: (0..<2).flatMap { Self.bytes(Float($0).bitPattern) })
                .write(to: folder.appendingPathComponent("broken.npy"))
            try Data("a,b\n1,2\n3,4\n".utf8).write(to: folder.appendingPathComponent("numbers.csv"))
            let model = Sequential([Dense(2, inputShape: [3])])
            try model.setWeights([Tensor(shape: [3, 2], scalars: [1, 2, 3, 4, 5, 6]), Tensor(shape: [2], scalars: [0.5, -0.5])])
            try model.saveWeights(to: folder.appendingPathComponent("weights.npz").path)
            try Self.npy(descr: "<f4", shape: [100_000, 100_000], payload: Array(repeating: 0, count: 16))
                .write(to: folder.appendingPathComponent("liar.npy"))
            try Self.zip(member: "big.npy", zeros: 2 << 20, declaredSize: 1_000).write(to: folder.appendingPathComponent("bomb.npz"))
            try Self.zip(member: "big.npy", zeros: 2 << 20, declaredSize: 2 << 20).write(to: folder.appendingPathComponent("honest.npz"))
            var state: UInt64 = 0x9E37_79B9_7F4A_7C15
            let garbage = (0..<4096).map { _ -> UInt8 in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return UInt8(truncatingIfNeeded: state >> 56)
            }
            try Data(garbage).write(to: folder.appendingPathComponent("garbage.csv"))
            try Data(garbage).write(to: folder.appendingPathComponent("garbage.keras"))
        }
        // Symlinks resolved, as the bindings compare resolved paths (/tmp may be a link).
        let real = { (url: URL) in url.resolvingSymlinksInPath().path }
        readable = [real(notebook), real(repositoryRoot.appendingPathComponent("datasets"))]
        search = [real(notebook), real(repositoryRoot)]
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// A version-1.0 `.npy` file: magic, header dict padded to a multiple of 64, raw data.
    static func npy(descr: String, shape: [Int], payload: [UInt8]) -> Data {
        let shapeText = shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
        var header = "{'descr': '\(descr)', 'fortran_order': False, 'shape': \(shapeText), }"
        let unpadded = 10 + header.utf8.count + 1
        header += String(repeating: " ", count: (64 - unpadded % 64) % 64) + "\n"
        var data = Data([0x93] + Array("NUMPY".utf8) + [1, 0])
        data.append(contentsOf: Self.bytes(UInt16(header.utf8.count)))
        data.append(contentsOf: Array(header.utf8))
        data.append(contentsOf: payload)
        return data
    }

    /// A zip archive with one deflated member of `zeros` zero bytes whose local and central
    /// headers declare `declaredSize` bytes. The CRC is left 0: readers must refuse the member
    /// before they could check it.
    static func zip(member: String, zeros: Int, declaredSize: Int) -> Data {
        let deflated = deflatedZeros(zeros)
        let name = Array(member.utf8)
        let extra: [UInt8] = []
        let size32 = UInt32(declaredSize), compressed32 = UInt32(deflated.count)
        var local: [UInt8] = bytes(UInt32(0x0403_4b50)) + bytes(UInt16(45)) + bytes(UInt16(0)) + bytes(UInt16(8))
        local += bytes(UInt32(0)) + bytes(UInt32(0)) + bytes(compressed32) + bytes(size32)
        local += bytes(UInt16(name.count)) + bytes(UInt16(extra.count)) + name + extra + deflated
        var central: [UInt8] = bytes(UInt32(0x0201_4b50)) + bytes(UInt16(45)) + bytes(UInt16(45)) + bytes(UInt16(0)) + bytes(UInt16(8))
        central += bytes(UInt32(0)) + bytes(UInt32(0)) + bytes(compressed32) + bytes(size32)
        central += bytes(UInt16(name.count)) + bytes(UInt16(extra.count)) + bytes(UInt16(0)) + bytes(UInt16(0)) + bytes(UInt16(0))
        central += bytes(UInt32(0)) + bytes(UInt32(0)) + name + extra
        var end: [UInt8] = bytes(UInt32(0x0605_4b50)) + bytes(UInt16(0)) + bytes(UInt16(0)) + bytes(UInt16(1)) + bytes(UInt16(1))
        end += bytes(UInt32(central.count)) + bytes(UInt32(local.count)) + bytes(UInt16(0))
        return Data(local + central + end)
    }

    /// Raw deflate of `count` zero bytes by hand: one fixed-Huffman block, a literal 0, then
    /// copies of length 258 (or less) at distance 1 — 13 bits per 258 bytes.
    static func deflatedZeros(_ count: Int) -> [UInt8] {
        var out: [UInt8] = []
        var bitBuffer: UInt64 = 0, bitCount = 0
        func put(_ value: UInt64, _ bits: Int) {
            bitBuffer |= value << bitCount
            bitCount += bits
            while bitCount >= 8 { out.append(UInt8(bitBuffer & 0xff)); bitBuffer >>= 8; bitCount -= 8 }
        }
        // Huffman codes go most significant bit first.
        func code(_ value: UInt64, _ bits: Int) { put(UInt64((0..<bits).reduce(0) { $0 << 1 | (value >> $1 & 1) }), bits) }
        put(1, 1); put(1, 2)                     // final block, fixed Huffman
        code(0x30, 8)                            // literal 0
        var left = count - 1
        while left >= 3 {
            let run = min(258, left)
            // Lengths 3…10 are codes 257…264 (7 bits); 258 is code 285 (8 bits, 0xC5).
            if run == 258 { code(0xc5, 8) } else if run <= 10 { code(UInt64(run - 2), 7) } else { break }
            code(0, 5)                           // distance 1
            left -= run
        }
        while left > 0 { code(0x30, 8); left -= 1 }
        code(0, 7)                               // end of block
        if bitCount > 0 { out.append(UInt8(bitBuffer & 0xff)) }
        return out
    }

    static func bytes<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }
}
