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

/// A run of Markdown source between cells, with its notebook line range and its parsed content.
public struct Prose: Equatable, Sendable {
    public var markdown: String
    public var firstLine: Int
    public var lastLine: Int
    /// The Markdown as Swift values, math included; the Renderer writes its HTML.
    public var content: [MarkdownBlock]

    /// `content` defaults to `markdown` parsed on its own (footnotes and link references then
    /// resolve within this prose only; `NotebookParser` parses the whole notebook at once).
    public init(markdown: String, firstLine: Int, lastLine: Int, content: [MarkdownBlock]? = nil) {
        self.markdown = markdown
        self.firstLine = firstLine
        self.lastLine = lastLine
        self.content = content ?? Prose.parse(markdown)
    }

    /// Markdown as Swift values, with `$…$` and `$$…$$` kept away from Markdown and returned as math.
    public static func parse(_ markdown: String) -> [MarkdownBlock] {
        var math = MathProtector()
        let protected = math.protect(markdown)
        return math.restore(Cmark.document(protected).map(\.block))
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
