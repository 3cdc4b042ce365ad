import Foundation
import NotebookModel

/// Writes a whole build into a hidden staging folder inside the output, then renames each file into
/// place: an interrupted or failed build leaves the previous site's files intact.
struct StagedWriter {
    static let stagingName = ".nbrun-staging"
    static let manifestName = ".nbrun-manifest"

    let output: URL
    /// Called with each site-relative path before it is staged; tests throw here to simulate a crash.
    var beforeWrite: ((String) throws -> Void)?

    var staging: URL { output.appendingPathComponent(Self.stagingName, isDirectory: true) }

    /// Stages every file, then commits them all and removes files the previous build made that this
    /// one no longer does. `files` maps site-relative paths to bytes.
    /// With `pruneStale` false (one page run on its own), nothing is removed and the manifest grows.
    func write(_ files: [(path: String, data: Data)], pruneStale: Bool = true) throws -> (written: [String], removed: [String]) {
        let fm = FileManager.default
        try io(output.path) { try fm.createDirectory(at: output, withIntermediateDirectories: true) }
        // A staging folder left by a killed build is garbage: start clean.
        if fm.fileExists(atPath: staging.path) { try io(staging.path) { try fm.removeItem(at: staging) } }
        try io(staging.path) { try fm.createDirectory(at: staging, withIntermediateDirectories: true) }
        defer { try? fm.removeItem(at: staging) }

        // Files whose bytes are already in place are neither staged nor renamed: a rebuild that
        // changes one page rewrites one page, not KaTeX's sixty assets (each write is fsynced).
        var changed: [String] = []
        for file in files {
            try beforeWrite?(file.path)
            if isInPlace(file.data, at: output.appendingPathComponent(file.path)) { continue }
            let url = staging.appendingPathComponent(file.path)
            try io(url.path) {
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url)
            }
            changed.append(file.path)
        }
        let previous = readManifest()
        let paths = files.map(\.path).sorted()
        // Commit: each rename replaces its target atomically (same file system).
        for path in changed.sorted() {
            let target = output.appendingPathComponent(path)
            try io(target.path) { try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true) }
            try rename(staging.appendingPathComponent(path), to: target)
        }
        let current = Set(paths)
        var removed: [String] = []
        guard pruneStale else {
            let all = current.union(previous).sorted()
            try writeAtomically(Data((all.joined(separator: "\n") + "\n").utf8), to: output.appendingPathComponent(Self.manifestName))
            return (paths, [])
        }
        for path in previous.sorted() where !current.contains(path) && Self.isRemovable(path) {
            let url = output.appendingPathComponent(path)
            if (try? fm.removeItem(at: url)) != nil { removed.append(path) }
        }
        try writeAtomically(Data((paths.joined(separator: "\n") + "\n").utf8), to: output.appendingPathComponent(Self.manifestName))
        return (paths, removed)
    }

    /// True when `url` is a regular file holding exactly `data`.
    func isInPlace(_ data: Data, at url: URL) -> Bool {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
              attributes[.type] as? FileAttributeType == .typeRegular,
              (attributes[.size] as? NSNumber)?.intValue == data.count else { return false }
        return FileManager.default.contents(atPath: url.path) == data
    }

    /// Never delete author sources or anything outside the output folder.
    static func isRemovable(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.hasPrefix("theme/") && !path.hasPrefix(".")
            && !path.split(separator: "/").contains("..")
    }

    func readManifest() -> [String] {
        let url = output.appendingPathComponent(Self.manifestName)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init)
    }

    func writeAtomically(_ data: Data, to url: URL) throws {
        do { try AtomicFile.write(data, to: url) } catch let failure as AtomicFile.Failure {
            throw RenderError.io(path: failure.path, message: failure.message)
        }
    }

    func rename(_ from: URL, to: URL) throws {
        do { try AtomicFile.replace(to, with: from) } catch let failure as AtomicFile.Failure {
            throw RenderError.io(path: failure.path, message: failure.message)
        }
    }

    func io(_ path: String, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as RenderError {
            throw error
        } catch {
            throw RenderError.io(path: path, message: error.localizedDescription)
        }
    }
}
