import NotebookModel

/// A Keras 3 model summary as an HTML table: Layer (type) | Output Shape | Param #, then totals.
public enum ModelSummaryHTML {
    public static func html(_ summary: ModelSummary) -> String {
        var s = "<div class=\"model-summary\">\n"
        s += "<p class=\"model-name\">Model: \"" + XMLEscaping.text(summary.modelName) + "\"</p>\n"
        s += "<table>\n<thead><tr><th scope=\"col\">Layer (type)</th><th scope=\"col\">Output Shape</th><th scope=\"col\" class=\"num\">Param #</th></tr></thead>\n<tbody>\n"
        for row in summary.rows {
            s += "<tr><td>" + XMLEscaping.text("\(row.name) (\(row.type))") + "</td><td><code>" + XMLEscaping.text(row.outputShape)
                + "</code></td><td class=\"num\">" + NumberFormat.grouped(row.params) + "</td></tr>\n"
        }
        s += "</tbody>\n</table>\n<p class=\"totals\">"
        s += totalsLines(summary).map(XMLEscaping.text).joined(separator: "<br>\n")
        s += "</p>\n</div>\n"
        return s
    }

    /// `Total params: 101,770 (397.54 KB)`, the trainable / non-trainable lines (float32 bytes) and,
    /// after training, Keras 3's optimizer line.
    public static func totalsLines(_ summary: ModelSummary) -> [String] {
        func line(_ label: String, _ count: Int) -> String {
            "\(label): \(NumberFormat.grouped(count)) (\(NumberFormat.memorySize(bytes: Double(count) * 4)))"
        }
        return [line("Total params", summary.totalParams), line("Trainable params", summary.trainableParams),
                line("Non-trainable params", summary.nonTrainableParams)]
            + (summary.optimizerParams.map { [line("Optimizer params", $0)] } ?? [])
    }
}
