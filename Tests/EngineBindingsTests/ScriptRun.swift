import EngineBindings
import Foundation
import Interpreter
import NotebookModel

/// What one script printed and emitted in a fresh session, and how it ended.
struct ScriptRun: Equatable {
    var printed: [String]
    /// Rich outputs (figures, summaries, training logs, displayed values) as header + body lines.
    var outputs: [[String]]
    var error: (message: String, line: Int, kind: String)?

    static func == (a: ScriptRun, b: ScriptRun) -> Bool {
        a.printed == b.printed && a.outputs == b.outputs && a.error?.message == b.error?.message && a.error?.line == b.error?.line
    }

    /// Runs `script` as one cell in a new session with the bindings installed, as the notebook
    /// executor sets one up (minus the grading builtins).
    static func run(_ script: BindingScript, seed: UInt64, files: ScriptFiles) -> ScriptRun {
        var limits = Limits()
        limits.seconds = script.timeout
        if let memory = script.memory { limits.memoryBytes = memory }
        let session = Session(limits: limits, seed: seed)
        let recorder = Recorder(session: session)
        session.output = recorder
        // Each run writes into a fresh site folder of its own, as a notebook writes into `site/<notebook>/files/`.
        let site = files.root.appendingPathComponent("site-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        let context = BindingContext(readableDirectories: files.readable, searchDirectories: files.search,
                                     emit: { recorder.rich.appendOutput($0) },
                                     writableDirectory: script.filesInMemory ? nil : site.appendingPathComponent("notebook/files").path,
                                     writableLink: "notebook/files/")
        EngineBindings.install(into: session, context: context, seed: seed)
        let result = session.run(CellSource(text: script.source, path: script.name, firstLine: 1))
        var lines = recorder.text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        var run = ScriptRun(printed: lines, outputs: recorder.rich.map(describe), error: nil)
        if case .failure(let failure) = result { run.error = (failure.message, failure.line, failure.kind.rawValue) }
        return run
    }

    /// Collects a cell's printed text and rich outputs.
    final class Recorder: InterpreterOutput {
        weak var session: Session?
        var text = ""
        var rich: [CellOutput] = []
        init(session: Session) { self.session = session }
        func write(_ text: String) { self.text += text }
        func display(_ value: Value) {
            guard let session else { return }
            rich.append(EngineBindings.displayOutput(for: value, in: session) ?? .value(session.debugDescribe(value)))
        }
    }

    /// A header line (`figure line "Two waves"`, `summary sequential (17 params)`,
    /// `trainingLog (3 lines)`, `value …`) then body lines.
    static func describe(_ output: CellOutput) -> [String] {
        switch output {
        case .text(let text): return ["text"] + text.components(separatedBy: "\n")
        case .value(let text):
            let lines = text.components(separatedBy: "\n")
            return ["value " + lines[0]] + lines.dropFirst()
        case .figure(let figure):
            return ["figure \(figure.panels.map(kind).joined(separator: "+")) \"\(figure.title)\""] + figure.panels.map(panel)
        case .table(let table): return ["table " + table.header.joined(separator: " | ")] + table.rows.map { $0.joined(separator: " | ") }
        case .modelSummary(let s):
            return ["summary \(s.modelName) (\(s.totalParams) params)"] + s.text.components(separatedBy: "\n")
        case .trainingLog(let log): return ["trainingLog (\(log.lines.count) lines)"] + log.lines
        case .error(let error): return ["error " + error.message]
        case .notice(let text): return ["notice " + text]
        case .file(let file): return ["file \(file.name) " + (file.href.map { "at " + $0 } ?? "in memory") + " (\(file.bytes) bytes)"]
        }
    }

    static func kind(_ panel: FigurePanel) -> String {
        switch panel {
        case .line: "line"
        case .scatter: "scatter"
        case .decisionBoundary: "decisionBoundary"
        case .imageGrid: "imageGrid"
        case .heatmap: "heatmap"
        case .bar: "bar"
        case .histogram: "histogram"
        }
    }

    /// One line per panel with what a test can check without drawing it.
    static func panel(_ panel: FigurePanel) -> String {
        func axes(_ l: AxisLabels) -> String { (l.title.isEmpty ? "" : "\"\(l.title)\" ") + "axes \"\(l.x)\" \"\(l.y)\"" }
        func series(_ s: [LinePanel.Series]) -> String { s.map { "\($0.name)[\($0.y.count)]" }.joined(separator: " ") }
        switch panel {
        case .line(let p): return "line \(axes(p.labels)): \(series(p.series))"
        case .scatter(let p):
            let lines = p.lines.isEmpty ? "" : ", lines \(series(p.lines))"
            let texts = p.pointLabels.map { ", point labels \($0)" } ?? ""
            return "scatter \(axes(p.labels)): \(p.points.count) points, classes \(p.points.classes)\(lines)\(texts)"
        case .decisionBoundary(let p):
            return "decisionBoundary \(axes(p.labels)): \(p.columns)x\(p.rows) grid, \(p.points.count) points, classes \(p.points.classes)"
        case .imageGrid(let p):
            let size = p.items.first.map { "\($0.image.width)x\($0.image.height)" } ?? "-"
            return "imageGrid: \(p.items.count) images \(size), captions \(p.items.map(\.caption))"
        case .heatmap(let p):
            return "heatmap \(axes(p.labels)): rows \(p.rowLabels), values \(p.values.map { $0.map { String(format: "%g", $0) } })"
        case .bar(let p):
            return "bar \(axes(p.labels)): " + p.series.map { s in zip(p.categories, s.values).map { "\($0)=\($1)" }.joined(separator: " ") }.joined(separator: "; ")
        case .histogram(let p):
            return "histogram \(axes(p.labels)): " + p.series.map { "\($0.name)[\($0.values.count)]" }.joined(separator: " ")
        }
    }
}
