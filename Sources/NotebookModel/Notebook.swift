import Foundation

/// A parsed notebook: front matter plus prose and cells in document order.
public struct Notebook: Equatable, Sendable {
    public var path: String
    public var frontMatter: FrontMatter
    public var blocks: [Block]

    public init(path: String, frontMatter: FrontMatter, blocks: [Block]) {
        self.path = path
        self.frontMatter = frontMatter
        self.blocks = blocks
    }

    /// The executable Swift cells, in order.
    public var cells: [Cell] {
        blocks.compactMap { if case .cell(let cell) = $0 { cell } else { nil } }
    }

    /// The notebook's title: front matter, else the first level-1 heading, else the file name.
    public var title: String {
        if let title = frontMatter.title, !title.isEmpty { return title }
        for case .prose(let prose) in blocks {
            if let heading = prose.firstHeading(level: 1) { return heading }
        }
        return FilePath.stem(of: path)
    }
}

/// One top-level piece of a notebook.
public enum Block: Equatable, Sendable {
    /// Markdown between cells (non-Swift code fences included), rendered as prose.
    case prose(Prose)
    /// A ```swift cell that runs.
    case cell(Cell)
}

/// A run of Markdown source between cells, with its notebook line range.
public struct Prose: Equatable, Sendable {
    public var markdown: String
    public var firstLine: Int
    public var lastLine: Int

    public init(markdown: String, firstLine: Int, lastLine: Int) {
        self.markdown = markdown
        self.firstLine = firstLine
        self.lastLine = lastLine
    }

    /// The text of the first ATX heading of the given level, if any.
    func firstHeading(level: Int) -> String? {
        let marker = String(repeating: "#", count: level) + " "
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix(marker) {
                return trimmed.dropFirst(marker.count).trimmingCharacters(in: CharacterSet(charactersIn: " #"))
            }
        }
        return nil
    }
}
