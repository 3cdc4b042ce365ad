import Foundation
import Renderer

/// Persists the renderer's highlighted cells beside the execution cache, so a cached rebuild
/// renders pages without parsing their cells again.
extension ExecutionCache {
    private struct HighlightFile: Codable {
        /// nbrun's version: a new highlighter never reuses an old one's output.
        var version: String
        var entries: [String: String]
    }

    private var highlightPath: String { "\(directory)/highlight.json" }

    /// The saved memo, or an empty one when there is none or it was made by another version.
    func loadHighlightMemo() -> HighlightMemo {
        guard let data = FileManager.default.contents(atPath: highlightPath),
              let file = try? JSONDecoder().decode(HighlightFile.self, from: data),
              file.version == NbrunVersion.string else { return HighlightMemo() }
        return HighlightMemo(entries: file.entries)
    }

    /// Saves the entries this build used; failures to write the cache never fail a build.
    func storeHighlightMemo(_ memo: HighlightMemo) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(HighlightFile(version: NbrunVersion.string, entries: memo.usedEntries)) else { return }
        try? FileOutput.writeAtomically(data, to: highlightPath)
    }
}
