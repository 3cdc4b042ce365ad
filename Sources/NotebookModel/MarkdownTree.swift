/// Prose parsed into Swift values (GitHub-flavoured Markdown); the Renderer writes their HTML.
public indirect enum MarkdownBlock: Equatable, Sendable {
    case paragraph([MarkdownInline])
    case heading(level: Int, [MarkdownInline])
    case blockQuote([MarkdownBlock])
    case list(MarkdownList)
    /// A fenced or indented code block that does not run: its info string ("" when none) and code.
    case codeBlock(info: String, code: String)
    /// Raw HTML, kept as written: notebooks come from course authors.
    case html(String)
    case thematicBreak
    case table(MarkdownTable)
    /// Footnote `number` (1-based, in order of first reference), collected at the end of the notebook.
    case footnoteDefinition(number: Int, [MarkdownBlock])
    /// `$$…$$` alone in its paragraph: the TeX source.
    case mathBlock(String)
}

/// A bullet or ordered list; `tight` lists show their items' paragraphs without `<p>`.
public struct MarkdownList: Equatable, Sendable {
    /// The first number of an ordered list; `nil` for a bullet list.
    public var start: Int?
    public var tight: Bool
    public var items: [MarkdownListItem]

    public init(start: Int?, tight: Bool, items: [MarkdownListItem]) {
        self.start = start
        self.tight = tight
        self.items = items
    }
}

/// One list item; `task` is `nil` for plain items, else whether its checkbox is ticked.
public struct MarkdownListItem: Equatable, Sendable {
    public var task: Bool?
    public var blocks: [MarkdownBlock]

    public init(task: Bool? = nil, blocks: [MarkdownBlock]) {
        self.task = task
        self.blocks = blocks
    }
}

/// A GitHub table: one alignment per column, a header row and body rows of cells.
public struct MarkdownTable: Equatable, Sendable {
    public enum Alignment: Equatable, Sendable { case none, left, center, right }
    public var alignments: [Alignment]
    public var header: [[MarkdownInline]]
    public var rows: [[[MarkdownInline]]]

    public init(alignments: [Alignment], header: [[MarkdownInline]], rows: [[[MarkdownInline]]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }
}

/// Inline content of paragraphs, headings and table cells.
public indirect enum MarkdownInline: Equatable, Sendable {
    case text(String)
    case code(String)
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    case strikethrough([MarkdownInline])
    case link(destination: String, title: String, [MarkdownInline])
    case image(source: String, title: String, alt: [MarkdownInline])
    case html(String)
    case softBreak
    case lineBreak
    /// A `[^label]` reference to footnote `number`.
    case footnoteReference(number: Int)
    /// `$…$` (or `$$…$$` inside a sentence): the TeX source.
    case math(String, display: Bool)
}

extension MarkdownInline {
    /// Text and code of the inlines, math as its TeX: heading anchors and the table of contents.
    public static func plainText(_ inlines: [MarkdownInline]) -> String {
        var text = ""
        for inline in inlines {
            switch inline {
            case .text(let s), .code(let s), .math(let s, _): text += s
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .link(_, _, let c), .image(_, _, let c):
                text += plainText(c)
            case .softBreak, .lineBreak: text += " "
            case .html, .footnoteReference: break
            }
        }
        return text
    }
}
