import Foundation
import NotebookModel

/// One cell output as HTML; figures get ids from the page's figure counter.
struct OutputHTML {
    /// Counts figures on the page so every SVG id is unique and stable.
    var figureCounter = 0

    /// `cellLine`: the error's line counted in its cell (the page shows that; the terminal shows the notebook's).
    mutating func html(_ output: CellOutput, cellID: String, cellLine: Int? = nil) -> String {
        switch output {
        case .text(let text):
            return "<pre class=\"output output-text\">" + XMLEscaping.text(text) + "</pre>\n"
        case .value(let text):
            return "<pre class=\"output output-value\">" + XMLEscaping.text(text) + "</pre>\n"
        case .figure(let figure):
            figureCounter += 1
            if let grid = ImageGridHTML.html(figure, id: "fig-\(figureCounter)") { return grid }
            return "<figure class=\"output output-figure\" tabindex=\"0\">\n" + FigureRenderer.svg(figure, id: "fig-\(figureCounter)")
                + ChartDataTable.html(figure) + "</figure>\n"
        case .table(let table):
            return "<div class=\"output output-table\" tabindex=\"0\">\n" + Self.table(table) + "</div>\n"
        case .modelSummary(let summary):
            return "<div class=\"output output-summary\" tabindex=\"0\">\n" + ModelSummaryHTML.html(summary) + "</div>\n"
        case .trainingLog(let log):
            // Scrolls sideways (lines stay whole, like a terminal): focusable so keyboards can scroll it.
            return "<pre class=\"output output-log\" tabindex=\"0\">" + XMLEscaping.text(log.lines.joined(separator: "\n")) + "</pre>\n"
        case .error(let error):
            return Self.error(error, cellLine: cellLine)
        case .notice(let text):
            return "<p class=\"output output-notice\" role=\"note\">" + XMLEscaping.text(text) + "</p>\n"
        case .file(let file):
            return Self.file(file)
        }
    }

    /// A written file: a download link (or, kept in memory, its name) and its size.
    static func file(_ file: WrittenFile) -> String {
        let name = XMLEscaping.text(file.name)
        let size = XMLEscaping.text(sizeText(file.bytes))
        guard let href = file.href else {
            return "<p class=\"output output-file\"><code>\(name)</code> (\(size), kept in memory)</p>\n"
        }
        return "<p class=\"output output-file\"><a href=\"\(XMLEscaping.attribute(href))\" download>\(name)</a> (\(size))</p>\n"
    }

    /// "812 bytes", "4.1 KiB", "2.3 MiB".
    static func sizeText(_ bytes: Int) -> String {
        if bytes < 1024 { return bytes == 1 ? "1 byte" : "\(bytes) bytes" }
        let kib = Double(bytes) / 1024
        if kib < 1024 { return String(format: "%.1f KiB", kib) }
        return String(format: "%.1f MiB", kib / 1024)
    }

    static func table(_ table: DataTable) -> String {
        var s = "<table>\n"
        if !table.header.isEmpty {
            s += "<thead><tr>" + table.header.map { "<th scope=\"col\">" + XMLEscaping.text($0) + "</th>" }.joined() + "</tr></thead>\n"
        }
        s += "<tbody>\n"
        for row in table.rows {
            s += "<tr>" + row.map { "<td>" + XMLEscaping.text($0) + "</td>" }.joined() + "</tr>\n"
        }
        return s + "</tbody>\n</table>\n"
    }

    /// The error in place: kind and line, then the compiler-style text (or the message), then the trace.
    static func error(_ error: CellError, cellLine: Int? = nil) -> String {
        var s = "<div class=\"output output-error\" role=\"alert\">\n"
        let line = cellLine.map { "line \($0) of the cell" } ?? "line \(error.line)"
        let location = error.line > 0 ? " at \(line)" + (error.column > 0 ? ", column \(error.column)" : "") : ""
        s += "<p class=\"error-head\"><strong>" + XMLEscaping.text(kindName(error.kind)) + "</strong>" + XMLEscaping.text(location) + "</p>\n"
        let body = error.rendered.isEmpty ? error.message : error.rendered
        s += "<pre class=\"error-text\" tabindex=\"0\">" + XMLEscaping.text(body) + "</pre>\n"
        if !error.trace.isEmpty {
            s += "<p class=\"error-trace\">Called from: " + error.trace.map { "<code>" + XMLEscaping.text($0) + "</code>" }.joined(separator: " ← ") + "</p>\n"
        }
        return s + "</div>\n"
    }

    static func kindName(_ kind: CellError.Kind) -> String {
        switch kind {
        case .syntax: return "Syntax error"
        case .unsupported: return "Unsupported construct"
        case .compile: return "Compile error"
        case .runtime: return "Runtime error"
        case .limit: return "Limit exceeded"
        case .host: return "Error"
        case .io: return "I/O error"
        case .crashed: return "Crash"
        }
    }
}
