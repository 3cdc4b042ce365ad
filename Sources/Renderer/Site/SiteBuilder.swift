import Foundation

/// Builds the course site into one folder: `index.html`, every page (with previous/next links),
/// `assets/style.css` and `assets/katex/`. Renders everything in memory first, stages it in a hidden
/// folder, then renames files into place; `theme/` in the output folder is never touched.
public struct SiteBuilder {
    public var outputDirectory: URL
    public var theme: Theme
    /// Where KaTeX lives; `nil` or missing files: the site is built without it and math shows as TeX.
    public var katexDirectory: URL?
    /// Fail instead of warning when KaTeX is missing.
    public var requireKatex: Bool
    /// Where `lunr.min.js` lives (Debian's libjs-lunr); missing: the site is built without search.
    public var lunrDirectory: URL?
    /// Highlighted cells remembered across builds (the runner persists it beside its cache).
    public var highlightMemo: HighlightMemo?
    /// Test hook: called before each file is staged (throw to simulate a failure mid-build).
    var beforeWrite: ((String) throws -> Void)?

    public static let defaultKatexDirectory = KatexAssets.defaultDirectory
    public static let defaultLunrDirectory = URL(fileURLWithPath: "/usr/share/javascript/lunr", isDirectory: true)

    public init(outputDirectory: URL, theme: Theme = .default, katexDirectory: URL? = SiteBuilder.defaultKatexDirectory,
                requireKatex: Bool = false, highlightMemo: HighlightMemo? = nil,
                lunrDirectory: URL? = SiteBuilder.defaultLunrDirectory) {
        self.outputDirectory = outputDirectory
        self.lunrDirectory = lunrDirectory
        self.theme = theme
        self.katexDirectory = katexDirectory
        self.requireKatex = requireKatex
        self.highlightMemo = highlightMemo
    }

    /// `pages` in course order. Each page's `previous`/`next` and empty `siteTitle` are filled in here.
    @discardableResult
    public func build(config: SiteConfig, pages: [PageInput]) throws -> SiteReport {
        var seen: Set<String> = ["index.html"]
        for page in pages {
            try SitePath.validate(page.path)
            guard seen.insert(page.path).inserted else { throw RenderError.duplicatePath(page.path) }
            if let notebook = page.notebook {
                try SitePath.validate(notebook.path, ending: ".md")
                guard seen.insert(notebook.path).inserted else { throw RenderError.duplicatePath(notebook.path) }
            }
        }
        var warnings: [String] = []
        let katex = katexDirectory.flatMap(KatexAssets.find)
        if katex == nil {
            let place = katexDirectory?.path ?? "(none given)"
            let message = "KaTeX not found at \(place) (katex.min.js and katex.min.css; Debian: apt install libjs-katex): math is shown as TeX source"
            if requireKatex { throw RenderError.missingAssets(message) }
            warnings.append(message)
        }
        let lunr = lunrDirectory.map { $0.appendingPathComponent("lunr.min.js") }
            .flatMap { FileManager.default.isReadableFile(atPath: $0.path) ? $0 : nil }
        if lunr == nil { warnings.append("lunr not found (Debian: apt install libjs-lunr): the site is built without search") }
        let renderer = try PageRenderer(theme: theme, options: .init(mathAvailable: katex != nil, language: config.language,
                                                                     searchAvailable: lunr != nil),
                                        highlightMemo: highlightMemo)
        let index = try IndexRenderer(theme: theme)

        var files: [(path: String, data: Data)] = []
        var search: [(path: String, title: String, sections: [SearchSection])] = []
        let linked = Self.link(pages, siteTitle: config.title)
        for page in linked {
            let rendered = try renderer.renderWithSearch(page)
            files.append((page.path, Data(rendered.html.utf8)))
            if let notebook = page.notebook { files.append((notebook.path, Data(notebook.text.utf8))) }
            search.append((page.path, page.title, rendered.search))
        }
        files.append(("index.html", Data(index.render(config: config, pages: linked).utf8)))
        files += try assetFiles(katex)
        if let lunr {
            files.append((SearchIndex.path, Data(try SearchIndex.script(search).utf8)))
            files.append(("assets/search.js", Data(theme.searchScript.utf8)))
            files.append(("assets/lunr/lunr.min.js", try Self.read(lunr, what: "lunr")))
        }
        let writer = StagedWriter(output: outputDirectory, beforeWrite: beforeWrite)
        let result = try writer.write(files)
        return SiteReport(written: result.written, removed: result.removed, mathAvailable: katex != nil, warnings: warnings)
    }

    /// Writes one page and the shared assets, leaving the rest of the site (and its index) as it is:
    /// what `nbrun NOTEBOOK.md` does.
    @discardableResult
    public func writePage(_ page: PageInput, language: String = "en") throws -> SiteReport {
        try SitePath.validate(page.path)
        if let notebook = page.notebook { try SitePath.validate(notebook.path, ending: ".md") }
        let katex = katexDirectory.flatMap(KatexAssets.find)
        var warnings: [String] = []
        if katex == nil {
            if requireKatex { throw RenderError.missingAssets("KaTeX not found (Debian: apt install libjs-katex)") }
            warnings.append("KaTeX not found (Debian: apt install libjs-katex): math is shown as TeX source")
        }
        let renderer = try PageRenderer(theme: theme, options: .init(mathAvailable: katex != nil, language: language),
                                        highlightMemo: highlightMemo)
        let notebook = page.notebook.map { [($0.path, Data($0.text.utf8))] } ?? []
        let files = [(page.path, Data(try renderer.render(page).utf8))] + notebook + (try assetFiles(katex))
        let result = try StagedWriter(output: outputDirectory, beforeWrite: beforeWrite).write(files, pruneStale: false)
        return SiteReport(written: result.written, removed: [], mathAvailable: katex != nil, warnings: warnings)
    }

    /// The stylesheet and KaTeX's files, as site-relative paths and bytes.
    private func assetFiles(_ katex: KatexAssets?) throws -> [(path: String, data: Data)] {
        var files: [(path: String, data: Data)] = [("assets/style.css", Data(theme.stylesheet.utf8)),
                                                   ("assets/page.js", Data(theme.script.utf8))]
        for asset in katex?.files ?? [] {
            files.append((asset.path, try Self.read(asset.source, what: "KaTeX")))
        }
        return files
    }

    private static func read(_ url: URL, what: String) throws -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw RenderError.io(path: url.path, message: "cannot read \(what) file: \(error.localizedDescription)")
        }
    }

    /// Sets previous/next from the course order and the site title where the page has none.
    static func link(_ pages: [PageInput], siteTitle: String) -> [PageInput] {
        pages.enumerated().map { i, page in
            var page = page
            page.previous = i > 0 ? PageLink(title: pages[i - 1].title, path: pages[i - 1].path) : nil
            page.next = i + 1 < pages.count ? PageLink(title: pages[i + 1].title, path: pages[i + 1].path) : nil
            if page.siteTitle.isEmpty { page.siteTitle = siteTitle }
            if page.lessons.isEmpty { page.lessons = pages.map { PageLink(title: $0.title, path: $0.path) } }
            return page
        }
    }
}
