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

    static func bytes<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }
}
