import NotebookModel
import Renderer

/// `--json FILE`: every cell's outputs and error, with figures as their SVG.
enum JSONReport {
    static func document(for notebook: Notebook, run: NotebookRun) -> JSONValue {
        let cells: [JSONValue] = run.cells.map { cell in
            var figureIndex = 0
            let outputs: [JSONValue] = cell.outputs.map { output in
                switch output {
                case .text(let text): return .object([("type", .string("stdout")), ("text", .string(text))])
                case .value(let text): return .object([("type", .string("value")), ("text", .string(text))])
                case .figure(let figure):
                    figureIndex += 1
                    let svg = FigureRenderer.svg(figure, id: "\(cell.id)-figure-\(figureIndex)")
                    return .object([("type", .string("svg")), ("title", .string(figure.title)), ("svg", .string(svg))])
                case .table(let table):
                    return .object([("type", .string("table")), ("header", .array(table.header.map { .string($0) })),
                                    ("rows", .array(table.rows.map { .array($0.map { .string($0) }) }))])
                case .modelSummary(let summary):
                    return .object([("type", .string("summary")), ("text", .string(summary.text)),
                                    ("totalParams", .integer(summary.totalParams)),
                                    ("trainableParams", .integer(summary.trainableParams)),
                                    ("nonTrainableParams", .integer(summary.nonTrainableParams))]
                                    + (summary.optimizerParams.map { [("optimizerParams", JSONValue.integer($0))] } ?? []))
                case .trainingLog(let log):
                    return .object([("type", .string("trainingLog")), ("text", .string(log.lines.joined(separator: "\n")))])
                case .error(let error):
                    return .object([("type", .string("error")), ("text", .string(error.rendered.isEmpty ? error.message : error.rendered))])
                case .notice(let text):
                    return .object([("type", .string("notice")), ("text", .string(text))])
                case .file(let file):
                    return .object([("type", .string("file")), ("name", .string(file.name)), ("bytes", .integer(file.bytes)),
                                    ("href", file.href.map { JSONValue.string($0) } ?? .null)])
                }
            }
            let error: JSONValue = cell.error.map {
                .object([("kind", .string($0.kind.rawValue)), ("message", .string($0.message)),
                         ("line", .integer($0.line)), ("column", .integer($0.column))])
            } ?? .null
            return .object([("id", .string(cell.id)), ("index", .integer(cell.index)), ("status", .string(cell.status.rawValue)),
                            ("outputs", .array(outputs)), ("error", error)])
        }
        return .object([("notebook", .string(notebook.path)), ("title", .string(notebook.title)), ("cells", .array(cells))])
    }
}
