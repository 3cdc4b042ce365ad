import Mustache
import NotebookModel

/// Renders one `PageInput` into a complete HTML document with the theme's page template.
///
/// The body (prose, highlighted code, outputs, figures) is built here; the template only arranges
/// it. Output is deterministic: the same input and theme give the same bytes.
public struct PageRenderer: Sendable {
    public struct Options: Equatable, Sendable {
        /// Link KaTeX from `assets/katex/` on pages with math. Off when the site has no KaTeX copy:
        /// math then shows as its TeX source.
        public var mathAvailable: Bool
        /// The document's `lang` attribute.
        public var language: String
        /// The site has a search index and lunr (`assets/lunr/`): pages show the search box.
        public var searchAvailable: Bool
        public init(mathAvailable: Bool = true, language: String = "en", searchAvailable: Bool = false) {
            self.mathAvailable = mathAvailable
            self.language = language
            self.searchAvailable = searchAvailable
        }
    }

    public let theme: Theme
    public let options: Options
    /// Remembers highlighted cells between pages and builds; `nil` highlights every time.
    public let highlightMemo: HighlightMemo?
    private let template: MustacheTemplate

    public init(theme: Theme = .default, options: Options = Options(), highlightMemo: HighlightMemo? = nil) throws {
        self.theme = theme
        self.options = options
        self.highlightMemo = highlightMemo
        self.template = try Self.compile(theme.pageTemplate, name: Theme.pageFileName)
    }

    static func compile(_ text: String, name: String) throws -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: text)
        } catch {
            throw RenderError.template(name: name, message: "\(error)")
        }
    }

    public func render(_ page: PageInput) throws -> String {
        try renderWithSearch(page).html
    }

    /// The page and its searchable sections (prose and code under each heading).
    func renderWithSearch(_ page: PageInput) throws -> (html: String, search: [SearchSection]) {
        try SitePath.validate(page.path)
        let root = SitePath.rootPrefix(of: page.path)
        let body = Self.body(page.blocks, highlightMemo: highlightMemo, scanHeadings: page.toc == nil)
        let toc = page.toc ?? body.headings.filter { (2...3).contains($0.level) }
        let hasMath = options.mathAvailable && body.prose.contains("class=\"math ")
        let hasH1 = body.prose.contains("<h1")
        var context: [String: Any] = [
            "lang": options.language,
            "title": page.title,
            "fullTitle": page.siteTitle.isEmpty || page.siteTitle == page.title ? page.title : "\(page.title) · \(page.siteTitle)",
            "description": page.description,
            "hasDescription": !page.description.isEmpty,
            "siteTitle": page.siteTitle,
            "hasSiteTitle": !page.siteTitle.isEmpty,
            "root": root,
            "assets": root + "assets/",
            "path": page.path,
            "showTitle": !hasH1 && !page.title.isEmpty,
            "content": body.html,
            "toc": toc.map { ["level": $0.level, "text": $0.text, "anchor": $0.anchor,
                              "failed": body.failedSections.contains($0.anchor)] as [String: Any] },
            "hasToc": !toc.isEmpty,
            "hasLessons": page.lessons.count > 1,
            "hasSidebar": !toc.isEmpty || page.lessons.count > 1,
            "lessons": page.lessons.map { ["title": $0.title, "href": SitePath.link(from: page.path, to: $0.path),
                                           "current": $0.path == page.path] as [String: Any] },
            "math": hasMath,
            "mathScript": DefaultTheme.mathScript,
            "fields": page.extra.map { ["key": $0.key, "value": $0.value] },
            "extra": Dictionary(page.extra.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first }),
        ]
        if let previous = page.previous {
            context["previous"] = ["title": previous.title, "href": SitePath.link(from: page.path, to: previous.path)]
        }
        if let next = page.next {
            context["next"] = ["title": next.title, "href": SitePath.link(from: page.path, to: next.path)]
        }
        if let source = page.sourcePath { context["sourcePath"] = source }
        if let notebook = page.notebook { context["download"] = SitePath.link(from: page.path, to: notebook.path) }
        if let edit = page.editURL { context["editURL"] = edit }
        if options.searchAvailable { context["search"] = true }
        context.merge(Self.problems(page.blocks)) { first, _ in first }
        return (template.render(context), body.search)
    }

    /// The article's HTML, the headings found in its prose, and the prose HTML alone. With
    /// `scanHeadings` false (the page brought its table of contents, so its headings already carry
    /// their anchors) prose HTML is used as it is, without a second pass over it.
    static func body(_ blocks: [PageBlock], highlightMemo: HighlightMemo? = nil,
                     scanHeadings: Bool = true) -> Body {
        var anchors = HeadingAnchors()
        for block in blocks { if case .cell(let cell) = block { anchors.used.insert(cell.id) } }
        let captions = FigureCaptions(blocks, used: &anchors.used)
        var markdown = MarkdownHTML(used: anchors.used)
        markdown.figureNumbers = captions.numbers
        var outputs = OutputHTML()
        var search = SearchCollector()
        var html = ""
        var prose = ""
        var headings: [TocEntry] = []
        var failedSections: Set<String> = []
        for block in blocks {
            var piece: String
            switch block {
            case .prose(let text) where !scanHeadings:
                piece = text
            case .prose(let text):
                anchors.used.formUnion(markdown.used)
                let processed = anchors.process(text)
                piece = processed.html
                headings += processed.entries
                markdown.used.formUnion(anchors.used)
            case .markdown(let content):
                let before = markdown.headings.count
                piece = markdown.html(content)
                headings += markdown.headings[before...]
            case .cell(let cell):
                html += Self.cell(cell, outputs: &outputs, highlightMemo: highlightMemo, captions: captions)
                if !cell.hidden { search.addCode(cell.source) }
                if cell.isError && !cell.expectError, let section = headings.last(where: { (2...3).contains($0.level) }) {
                    failedSections.insert(section.anchor)
                }
                continue
            }
            if !piece.hasSuffix("\n") { piece += "\n" }
            html += piece
            prose += piece
            search.addProse(piece)
        }
        return Body(html: html, headings: headings, prose: prose, search: search.sections, failedSections: failedSections)
    }

    /// What `body` found: the article HTML, its headings, the prose HTML alone, the search sections,
    /// and the anchors of the contents entries under which a cell failed.
    struct Body {
        var html: String
        var headings: [TocEntry]
        var prose: String
        var search: [SearchSection]
        var failedSections: Set<String>
    }

    static func cell(_ cell: CellView, outputs: inout OutputHTML, highlightMemo: HighlightMemo? = nil,
                     captions: FigureCaptions? = nil) -> String {
        var classes = ["cell"] + CellRoleHTML.classes(cell)
        if cell.isError { classes.append(cell.expectError ? "expected-error" : "has-error") }
        if cell.hidden { classes.append("source-hidden") }
        classes += cell.classes.map(cssIdentifier).filter { !$0.isEmpty }
        let id = XMLEscaping.attribute(cell.id)
        var s = "<div class=\"\(classes.joined(separator: " "))\" id=\"\(id)\">\n"
        if !cell.hidden {
            let label = cell.executionIndex.map { "[\($0)]" } ?? "#"
            let name = XMLEscaping.attribute(Self.cellName(cell))
            s += "<div class=\"cell-input\">\n<div class=\"cell-bar\">\n"
            s += "<a class=\"cell-label\" href=\"#\(id)\" aria-label=\"Link to \(name)\">\(label)</a>\n"
            s += CellRoleHTML.label(cell)
            if cell.classes.contains("not-run") { s += "<span class=\"cell-status\">not run</span>\n" }
            if cell.classes.contains("skipped") { s += "<span class=\"cell-status\">skipped</span>\n" }
            if let seconds = cell.seconds {
                s += "<span class=\"cell-time\">\(Self.duration(seconds))</span>\n"
            }
            s += "</div>\n"
            var code = highlightMemo?.html(cell.source) ?? CodeHighlighter.html(cell.source)
            if code.hasSuffix("\n") { code.removeLast() }
            let errorLine = cell.expectError ? nil : cell.errorLine
            var preClass = "code"
            if cell.lineNumbers || errorLine != nil {
                code = CodeLines.wrap(code, marked: errorLine)
                if cell.lineNumbers { preClass += " line-numbers" }
            }
            s += "<pre class=\"\(preClass)\" tabindex=\"0\"><code class=\"language-swift\">" + code + "</code></pre>\n</div>\n"
        }
        let wrap = captions?.wrap(cell) ?? FigureCaptions.plain
        s += wrap.open
        let summary = CellRoleHTML.summary(cell)
        if !cell.outputs.isEmpty || !summary.isEmpty {
            s += "\n"
            for output in cell.outputs { s += outputs.html(output, cellID: cell.id, cellLine: cell.errorLine) }
            s += summary
        }
        s += wrap.close + "</div>\n"
        return s
    }

    /// The page-level summary: failed cells (not `expectError` ones) with links, and how many did not run.
    static func problems(_ blocks: [PageBlock]) -> [String: Any] {
        var failed: [[String: Any]] = []
        var notRun = 0
        for case .cell(let cell) in blocks {
            if cell.isError && !cell.expectError {
                failed.append(["href": "#" + cell.id, "name": cellName(cell)])
            }
            if cell.classes.contains("not-run") { notRun += 1 }
        }
        guard !failed.isEmpty || notRun > 0 else { return ["hasProblems": false] }
        var heading = failed.count == 1 ? "1 cell failed" : "\(failed.count) cells failed"
        if failed.isEmpty { heading = notRun == 1 ? "1 cell did not run" : "\(notRun) cells did not run" }
        else if notRun > 0 { heading += notRun == 1 ? "; 1 cell after it did not run" : "; \(notRun) cells did not run" }
        return ["hasProblems": true, "problemHeading": heading, "failedCells": failed, "hasFailedCells": !failed.isEmpty]
    }

    /// "cell 8", "cell 8: train" (the author's id), "cell train" (not run): unique on the page.
    static func cellName(_ cell: CellView) -> String {
        guard let n = cell.executionIndex else {
            return cell.id.hasPrefix("cell-") ? "cell \(cell.id.dropFirst(5))" : "cell \(cell.id)"
        }
        return cell.id == "cell-\(n)" ? "cell \(n)" : "cell \(n): \(cell.id)"
    }

    /// Keeps only characters valid in a CSS class name.
    /// "0.012 s", "1.25 s", "73.4 s": three significant digits, like a terminal timer.
    static func duration(_ seconds: Double) -> String {
        let digits = seconds < 0.1 ? 3 : seconds < 10 ? 2 : 1
        return String(format: "%.\(digits)f s", max(0, seconds))
    }

    static func cssIdentifier(_ s: String) -> String {
        String(s.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
    }
}
