import Foundation

/// Whole-file reads and writes with `DataError`s that name the path.
enum DataFile {
    /// Reads a whole file into memory, once its size fits the budget (readers copy it to bytes).
    static func read(_ path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DataError.fileNotFound(path: path)
        }
        if isDirectory.boolValue { throw DataError.io(path: path, reason: "is a directory, not a file") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int {
            try Allocator.reserve(bytes: size, "reading \(path)")
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw DataError.io(path: path, reason: "cannot read: \(error.localizedDescription)")
        }
    }

    /// Writes bytes to a file, replacing it atomically.
    static func write(_ bytes: [UInt8], to path: String) throws {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw DataError.io(path: path, reason: "cannot write: \(error.localizedDescription)")
        }
    }

    /// True if a regular file exists at the path.
    static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}
