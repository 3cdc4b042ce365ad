import NotebookModel
import Renderer

/// Turns a notebook and its cell results into the renderer's plain page data.
enum PageAssembler {
    /// The page for `notebook` at the site-relative `path` (e.g. `02b-fashion-mnist.html`);
    /// `timings` shows each cell's wall-clock seconds (off by default: pages stay deterministic).
    static func page(for notebook: Notebook, run: NotebookRun, path: String, timings: Bool = false) -> PageInput {
        var blocks: [PageBlock] = []
        let lineNumbers = notebook.frontMatter.extra.contains { $0.key == "line-numbers" && $0.value == "true" }
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
                blocks.append(.cell(view))
            }
        }
        return PageInput(
            title: notebook.title,
            description: notebook.frontMatter.description ?? "",
            path: path,
            extra: notebook.frontMatter.extra.map { FrontMatterField(key: $0.key, value: $0.value) },
            blocks: blocks,
            toc: nil,
            siteTitle: "",
            sourcePath: notebook.path
        )
    }
}
