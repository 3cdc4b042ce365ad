import Foundation

/// Where a notebook's cells may read data: its own folder and the project's `datasets/`.
/// Relative paths resolve against the notebook's folder first, then the project root.
struct DataFolders {
    var readable: [String]
    var search: [String]

    init(notebookPath: String) {
        let notebookDirectory = URL(fileURLWithPath: notebookPath).deletingLastPathComponent().standardizedFileURL
        // The project root is the nearest folder at or above the notebook's that has datasets/,
        // else the current directory.
        var root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL
        var candidate = notebookDirectory
        for _ in 0..<4 {
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("datasets").path) {
                root = candidate
                break
            }
            candidate = candidate.deletingLastPathComponent()
        }
        readable = [notebookDirectory.path, root.appendingPathComponent("datasets").path]
        search = notebookDirectory == root ? [root.path] : [notebookDirectory.path, root.path]
    }
}
