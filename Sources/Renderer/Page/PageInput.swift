import NotebookModel

/// Everything one HTML page shows, as plain data (the runner builds it from a notebook and its outputs).
public struct PageInput: Equatable, Sendable {
    public var title: String
    public var description: String
    /// Where the page goes, relative to the site root, with `/` separators: `01-perceptron.html`,
    /// `part1/xor.html`. Links and asset paths on the page are made relative to it.
    public var path: String
    /// Further front-matter fields in notebook order, for themes (`{{extra.author}}`, `{{#fields}}`).
    public var extra: [FrontMatterField]
    public var blocks: [PageBlock]
    /// `nil`: built from the prose headings (levels 2 and 3), which get ids where they have none.
    /// Given: the prose HTML headings already carry these anchors
    /// and the prose is not scanned again.
    public var toc: [TocEntry]?
    public var previous: PageLink?
    public var next: PageLink?
    public var siteTitle: String
    /// The notebook file, shown in the footer when set.
    public var sourcePath: String?
    /// Every lesson of the course in order, for the sidebar (`SiteBuilder` fills it in).
    public var lessons: [PageLink] = []
    /// The notebook's Markdown, published beside the page (the student version in a student
    /// build) with a "Download notebook" link.
    public var notebook: PublishedNotebook?
    /// "Edit this page" link (the course's `editURL` template, already filled in).
    public var editURL: String?

    public init(title: String, description: String = "", path: String, extra: [FrontMatterField] = [],
                blocks: [PageBlock], toc: [TocEntry]? = nil, previous: PageLink? = nil, next: PageLink? = nil,
                siteTitle: String = "", sourcePath: String? = nil) {
        self.title = title
        self.description = description
        self.path = path
        self.extra = extra
        self.blocks = blocks
        self.toc = toc
        self.previous = previous
        self.next = next
        self.siteTitle = siteTitle
        self.sourcePath = sourcePath
    }
}

/// A page's content, in notebook order.
public enum PageBlock: Equatable, Sendable {
    /// Prose already converted to HTML; math as `<span class="math inline">` / `<div class="math display">`.
    case prose(html: String)
    /// Parsed prose (`Prose.content`); the renderer writes its HTML, heading anchors and footnotes.
    case markdown([MarkdownBlock])
    case cell(CellView)
}

/// A code cell as the page shows it.
public struct CellView: Equatable, Sendable {
    /// The anchor (`cell-3` or the author's `id=`).
    public var id: String
    public var source: String
    /// Show only the outputs, not the code.
    public var hidden: Bool
    public var outputs: [CellOutput]
    /// Shown as `[n]` next to the code; `nil` for cells that did not run.
    public var executionIndex: Int?
    /// The cell is meant to fail (`expectError`): its error is styled as a demonstration, not a failure.
    public var expectError: Bool
    /// Extra CSS classes for themes, e.g. `exercise`.
    public var classes: [String]
    /// Wall-clock seconds the cell took, shown only when the author asks (`--timings`): pages
    /// are otherwise byte-identical from run to run.
    public var seconds: Double?
    /// Notebook line of the cell's first source line: errors are shown at the cell's own line.
    public var firstLine: Int?
    /// Number the code's lines (front matter `line-numbers: true`).
    public var lineNumbers: Bool = false
    /// Exercise or test cell: labelled and styled as one.
    public var role: CellRole = .code
    /// The cell's `check`/`checkEqual` calls, shown as "✓ 3 checks passed" or the failing one.
    public var checks: CheckSummary?
    /// `caption="…"`: the cell's outputs become a numbered figure with this caption.
    public var caption: String?
    /// `label="fig-loss"`: the captioned figure's anchor (else `figure-N`).
    public var figureLabel: String?

    public init(id: String, source: String, hidden: Bool = false, outputs: [CellOutput] = [], executionIndex: Int? = nil,
                expectError: Bool = false, classes: [String] = [], seconds: Double? = nil) {
        self.id = id
        self.source = source
        self.hidden = hidden
        self.outputs = outputs
        self.executionIndex = executionIndex
        self.expectError = expectError
        self.classes = classes
        self.seconds = seconds
    }

    public var isError: Bool {
        outputs.contains { if case .error = $0 { return true } else { return false } }
    }

    /// The 1-based line of the cell where its error happened, when the error is in this cell.
    public var errorLine: Int? {
        guard let firstLine else { return nil }
        for case .error(let error) in outputs {
            let line = error.line - firstLine + 1
            if line >= 1, line <= source.split(separator: "\n", omittingEmptySubsequences: false).count { return line }
        }
        return nil
    }
}

/// What a cell is for, from its `exercise=`/`test=` attributes.
public enum CellRole: Equatable, Sendable {
    case code
    /// An exercise cell worth `points` (1 when the author gave none, as in grading).
    case exercise(points: Double)
    /// A test cell; `hidden` ones exist only in the instructor's notebook.
    case test(hidden: Bool)
}

/// A notebook file published beside its page.
public struct PublishedNotebook: Equatable, Sendable {
    /// Site-relative path, like `PageInput.path`: `lessons/02-fashion.md`.
    public var path: String
    public var text: String
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

/// One table-of-contents line: heading level (1–6), its text, and the anchor it links to.
public struct TocEntry: Equatable, Sendable {
    public var level: Int
    public var text: String
    public var anchor: String
    public init(level: Int, text: String, anchor: String) {
        self.level = level
        self.text = text
        self.anchor = anchor
    }
}

/// A link to another page of the site; `path` is relative to the site root like `PageInput.path`.
public struct PageLink: Equatable, Sendable {
    public var title: String
    public var path: String
    public init(title: String, path: String) {
        self.title = title
        self.path = path
    }
}

/// A front-matter key and its value as text.
public struct FrontMatterField: Equatable, Sendable {
    public var key: String
    public var value: String
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}
