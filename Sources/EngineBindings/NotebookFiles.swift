import Foundation
import Interpreter
import NotebookModel

/// The files a notebook's cells write (`model.save`, `saveWeights`, `ModelCheckpoint`,
/// `CSVLogger`): in its own folder of the site, `site/<notebook>/files/`, and nowhere else — or,
/// without a site (grading, the engine used on its own), in memory for the session's lifetime.
/// Names are relative paths inside that folder; anything that could leave it is refused.
final class NotebookFiles {
    /// The folder's real path, nil when files are kept in memory.
    let directory: String?
    /// The link from the page to the folder, ending in "/".
    let link: String?
    private var memory: [String: [UInt8]] = [:]
    private var written: [String: Int] = [:]
    /// Room for everything one notebook writes; below the worker's file-size limit (256 MiB), so
    /// a cell gets this error at its line rather than the operating system's signal.
    static let maximumTotalBytes = 200 << 20

    init(directory: String?, link: String?) {
        self.directory = directory.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        self.link = link
    }

    /// Checks a name a cell gave: relative, `/`-separated, no `.`/`..`/empty/hidden segments.
    static func validate(_ name: String) throws {
        func refuse(_ why: String) -> HostError {
            HostError("cannot write '\(name)': \(why); notebooks write only plain names inside their own files folder, such as \"model.keras\" or \"checkpoints/w.weights.h5\"")
        }
        guard !name.isEmpty else { throw refuse("the name is empty") }
        guard !name.hasPrefix("/"), !name.hasPrefix("~") else { throw refuse("absolute paths are not allowed") }
        guard !name.contains("\\"), !name.contains("\0") else { throw refuse("use / between folder names") }
        guard name.utf8.count <= 200 else { throw refuse("the name is longer than 200 bytes") }
        for segment in name.split(separator: "/", omittingEmptySubsequences: false) {
            if segment == ".." { throw refuse("'..' would leave the notebook's files folder") }
            if segment.isEmpty || segment == "." { throw refuse("it has an empty or '.' part") }
            if segment.hasPrefix(".") { throw refuse("hidden names (starting with '.') are not allowed") }
        }
    }

    /// Whether the cell has written `name` in this session (or, on disk, in this run).
    func read(_ name: String) throws -> [UInt8]? {
        try Self.validate(name)
        guard let directory else { return memory[name] }
        guard written[name] != nil else { return nil }
        let path = try inside(directory, name, creating: false)
        return FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }

    /// Writes `bytes` as `name` (replacing it atomically) and says what the page links.
    func write(_ name: String, _ bytes: [UInt8]) throws -> WrittenFile {
        try Self.validate(name)
        let total = written.filter { $0.key != name }.values.reduce(0, +) + bytes.count
        guard total <= Self.maximumTotalBytes else {
            throw HostError("cannot write '\(name)': the notebook's files would hold \(total) bytes, more than the \(Self.maximumTotalBytes >> 20) MiB a notebook may write")
        }
        written[name] = bytes.count
        guard let directory else {
            memory[name] = bytes
            return WrittenFile(name: name, bytes: bytes.count, href: nil)
        }
        let path = try inside(directory, name, creating: true)
        do {
            try AtomicFile.write(Data(bytes), to: URL(fileURLWithPath: path))
        } catch let failure as AtomicFile.Failure {
            throw HostError("cannot write '\(name)': \(failure.message)")
        }
        let href = (link ?? "") + name.split(separator: "/").map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? String($0) }
            .joined(separator: "/")
        return WrittenFile(name: name, bytes: bytes.count, href: href)
    }

    /// The real path of `name` in the folder, after checking that no symbolic link along the way
    /// leads out of it (and that the file itself is not one).
    private func inside(_ directory: String, _ name: String, creating: Bool) throws -> String {
        let fm = FileManager.default
        let parent = (name as NSString).deletingLastPathComponent
        let folder = parent.isEmpty ? directory : "\(directory)/\(parent)"
        if creating {
            do { try fm.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                throw HostError("cannot write '\(name)': cannot create its folder (\(error.localizedDescription))")
            }
        }
        let root = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        let realFolder = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard realFolder == root || realFolder.hasPrefix(root + "/") else {
            throw HostError("cannot write '\(name)': its folder is a link that leads out of the notebook's files folder")
        }
        let path = "\(realFolder)/\((name as NSString).lastPathComponent)"
        if let type = (try? fm.attributesOfItem(atPath: path))?[.type] as? FileAttributeType, type != .typeRegular {
            throw HostError("cannot write '\(name)': it exists and is not a regular file (a link or a folder)")
        }
        return path
    }
}
