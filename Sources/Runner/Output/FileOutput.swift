import Foundation
import NotebookModel

/// Reading inputs and writing outputs; every write is atomic (temp file + rename).
public enum FileOutput {
    /// Writes a line to standard error.
    public static func standardError(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Writes text to standard output without buffering surprises between stdout and stderr.
    public static func standardOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// The file's text, or an I/O error naming the path.
    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw IOError(message: "\(path): cannot read file (missing or not readable)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw IOError(message: "\(path): not UTF-8 text")
        }
        return text
    }

    /// Writes via a temporary file in the same folder and a rename, creating folders as needed.
    static func writeAtomically(_ data: Data, to path: String) throws {
        do {
            try AtomicFile.write(data, to: URL(fileURLWithPath: path))
        } catch {
            throw IOError(message: "\(error)")
        }
    }

    static func writeAtomically(_ text: String, to path: String) throws {
        try writeAtomically(Data(text.utf8), to: path)
    }
}

/// A file that could not be read or written.
struct IOError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
