import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file writes that readers never see half done: a temporary file in the same folder,
/// then rename(2), which replaces the target atomically on one file system.
public enum AtomicFile {
    /// Why a write or rename failed, naming the path.
    public struct Failure: Error, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    /// Writes `data` to `url`, creating its folder as needed.
    public static func write(_ data: Data, to url: URL) throws {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try data.write(to: temporary)
        } catch {
            throw Failure(path: url.path, message: "cannot write file: \(error.localizedDescription)")
        }
        do {
            try replace(url, with: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Moves `source` onto `target`, replacing it atomically.
    public static func replace(_ target: URL, with source: URL) throws {
        if rename(source.path, target.path) != 0 {
            throw Failure(path: target.path, message: "cannot move into place: \(String(cString: strerror(errno)))")
        }
    }
}
