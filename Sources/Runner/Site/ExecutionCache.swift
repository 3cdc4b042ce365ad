import Foundation
import NotebookModel

/// Remembers each notebook's cell results, keyed on what can change them: the cells' sources and
/// attributes, the seed and limits, nbrun's version, and the data files the cells read.
/// Prose edits never re-run cells: pages are re-rendered from the cached results.
struct ExecutionCache {
    struct Entry: Codable {
        var key: String
        /// Data files read by the run with their size and modification time when read.
        var files: [FileStamp]
        var run: NotebookRun
    }

    struct FileStamp: Codable, Equatable {
        var path: String
        var size: UInt64
        var modified: Double

        init?(path: String) {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  let size = attributes[.size] as? NSNumber,
                  let modified = attributes[.modificationDate] as? Date else { return nil }
            self.path = path
            self.size = size.uint64Value
            self.modified = modified.timeIntervalSince1970
        }
    }

    let directory: String

    /// Cell attributes that only change how the page shows results.
    static let presentationOnly: Set<String> = ["caption", "label"]

    /// The cache key of a notebook's executable content.
    static func key(for notebook: Notebook, seed: UInt64, keepGoing: Bool) -> String {
        var hasher = StableHasher()
        hasher.add(NbrunVersion.string)
        hasher.add("seed=\(seed) keepGoing=\(keepGoing)")
        let matter = notebook.frontMatter
        hasher.add("timeout=\(matter.timeout ?? 0) steps=\(matter.steps ?? 0) memory=\(matter.memoryMB ?? 0)")
        for cell in notebook.cells {
            hasher.add(cell.id)
            // A caption or figure label changes the page, never the results.
            hasher.add(cell.attributes.raw.filter { !presentationOnly.contains($0.key) }
                .map { "\($0.key)=\($0.value ?? "")" }.joined(separator: " "))
            hasher.add("\(cell.firstLine)")  // error locations are part of the results
            hasher.add(cell.source)
        }
        return hasher.hex
    }

    /// The cached run, if its key matches and no data file it read has changed.
    func lookup(name: String, key: String) -> NotebookRun? {
        guard let data = FileManager.default.contents(atPath: path(for: name)),
              let entry = try? RunJSON.decoder().decode(Entry.self, from: data),
              entry.key == key,
              entry.files.allSatisfy({ FileStamp(path: $0.path) == $0 }) else { return nil }
        return entry.run
    }

    /// Stores a run; failures to write the cache never fail a build.
    func store(name: String, key: String, run: NotebookRun) {
        let entry = Entry(key: key, files: run.filesRead.compactMap(FileStamp.init(path:)), run: run)
        let encoder = RunJSON.encoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(entry) else { return }
        try? FileOutput.writeAtomically(data, to: path(for: name))
    }

    private func path(for name: String) -> String { "\(directory)/\(name).json" }
}

/// FNV-1a over two lanes (128 bits): stable across runs and platforms, unlike `Hasher`.
struct StableHasher {
    private var a: UInt64 = 0xcbf2_9ce4_8422_2325
    private var b: UInt64 = 0x8422_2325_cbf2_9ce4

    mutating func add(_ text: String) {
        for byte in text.utf8 {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 &+ 0x9e37_79b9
        }
        // A separator byte so that ("ab", "c") and ("a", "bc") differ.
        a = (a ^ 0xff) &* 0x0000_0100_0000_01b3
        b = (b ^ 0xff) &* 0x0000_0100_0000_01b3 &+ 0x9e37_79b9
    }

    var hex: String {
        String(a, radix: 16).leftPadded(to: 16) + String(b, radix: 16).leftPadded(to: 16)
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
