import NotebookModel
import Renderer

/// Turns a notebook and its cell results into the renderer's plain page data.
enum PageAssembler {
    /// The page for `notebook` at the site-relative `path` (e.g. `02b-fashion-mnist.html`);
    /// `timings` shows each cell's wall-clock seconds (off by default: pages stay deterministic).
    /// `lineNumbers` numbers every cell's lines (`--line-numbers`); else front matter `line-numbers: true` does.
    /// `text`, the notebook's Markdown, is published beside the page (`x.html` → `x.md`).
    static func page(for notebook: Notebook, run: NotebookRun, path: String, timings: Bool = false,
                     lineNumbers forced: Bool = false, text: String? = nil) -> PageInput {
        var blocks: [PageBlock] = []
        let lineNumbers = forced || notebook.frontMatter.extra.contains { $0.key == "line-numbers" && $0.value == "true" }
        let runs = Dictionary(run.cells.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
        for block in notebook.blocks {
            switch block {
            case .prose(let prose):
                blocks.append(.markdown(prose.content))
            case .cell(let cell):
                let cellRun = runs[cell.index]
                var classes: [String] = []
                switch cellRun?.status {
                case .skipped?: classes.append("skipped")
                case .notRun?, nil: classes.append("not-run")
                default: break
                }
                var view = CellView(
                    id: cell.id,
                    source: cell.source,
                    hidden: cell.attributes.hide,
                    outputs: cellRun?.outputs ?? [],
                    executionIndex: cellRun.flatMap { $0.status == .ok || $0.status == .failed ? $0.index + 1 : nil },
                    expectError: cell.attributes.expectError,
                    classes: classes,
                    seconds: timings && (cellRun?.status == .ok || cellRun?.status == .failed) ? cellRun?.seconds : nil
                )
                view.firstLine = cell.firstLine
                view.lineNumbers = lineNumbers
                view.role = role(of: cell)
                view.checks = cellRun?.checks
                view.caption = cell.attributes.caption
                view.figureLabel = cell.attributes.label
                blocks.append(.cell(view))
            }
        }
        var page = PageInput(
            title: notebook.title,
            description: notebook.frontMatter.description ?? "",
            path: path,
            extra: notebook.frontMatter.extra.map { FrontMatterField(key: $0.key, value: $0.value) },
            blocks: blocks,
            toc: nil,
            siteTitle: "",
            sourcePath: notebook.path
        )
        if let text {
            let stem = path.hasSuffix(".html") ? String(path.dropLast(5)) : path
            page.notebook = PublishedNotebook(path: stem + ".md", text: text)
        }
        return page
    }

    /// Exercise and test cells are marked on every page; points default to 1, as in grading.
    static func role(of cell: Cell) -> CellRole {
        if cell.attributes.exercise != nil { return .exercise(points: cell.attributes.points ?? 1) }
        if cell.attributes.test != nil { return .test(hidden: cell.attributes.hidden) }
        return .code
    }
}
