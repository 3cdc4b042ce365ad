import Foundation

/// The structured form of `summary()`: rows and totals a renderer can turn into HTML.
public struct ModelSummary: Equatable, Sendable {
    public struct Row: Equatable, Sendable {
        public let name: String
        public let type: String
        /// "(None, 128)", or "?" before the model is built.
        public let outputShape: String
        public let params: Int
        public let built: Bool
    }
    public let modelName: String
    public let rows: [Row]
    public let totalParams: Int
    public let trainableParams: Int
    public let nonTrainableParams: Int
    /// Optimizer state variables (Keras 3 shows them once the optimizer has run), else nil.
    public let optimizerParams: Int?

    /// "101,770".
    public static func grouped(_ n: Int) -> String {
        let s = String(n)
        var out = ""
        for (i, c) in s.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return String(out.reversed())
    }

    /// "397.54 KB": float32 bytes in 1024-based units (Keras's readable_memory_size).
    public static func memory(_ params: Int) -> String {
        var size = Double(params * 4)
        for unit in ["B", "KB", "MB", "GB", "TB"] {
            if size / 1024 < 1 { return String(format: "%.2f", size) + " " + unit }
            size /= 1024
        }
        return String(format: "%.2f", size) + " PB"
    }

    /// Lines of at most `width` characters: words joined greedily by single spaces, a word
    /// longer than a line cut into pieces (how Keras's table wraps a cell).
    static func wrap(_ text: String, _ width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var w = Substring(word)
            if !current.isEmpty, current.count + 1 + w.count <= width {
                current += " " + w
                continue
            }
            if !current.isEmpty { lines.append(current); current = "" }
            while w.count > width { lines.append(String(w.prefix(width))); w = w.dropFirst(width) }
            current = String(w)
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// Keras 3's table, 76 columns wide (plus the "Optimizer params" line after training).
    public var text: String {
        let w = [33, 24, 15]
        func line(_ l: String, _ m: String, _ r: String, _ fill: String) -> String {
            l + String(repeating: fill, count: w[0]) + m + String(repeating: fill, count: w[1]) + m + String(repeating: fill, count: w[2]) + r
        }
        func cell(_ t: String, _ width: Int, right: Bool = false) -> String {
            let pad = String(repeating: " ", count: Swift.max(width - 2 - t.count, 0))
            return " " + (right ? pad + t : t + pad) + " "
        }
        var out = ["Model: \"\(modelName)\""]
        out.append(line("┏", "┳", "┓", "━"))
        out.append("┃" + cell("Layer (type)", w[0]) + "┃" + cell("Output Shape", w[1]) + "┃" + cell("Param #", w[2], right: true) + "┃")
        out.append(line("┡", "╇", "┩", "━"))
        for (i, r) in rows.enumerated() {
            if i > 0 { out.append(line("├", "┼", "┤", "─")) }
            let params = r.built ? ModelSummary.grouped(r.params) : "0 (unbuilt)"
            // Keras wraps a long cell onto more lines ("global_average_pooling2d" over
            // "(GlobalAveragePooling2D)"); the row is as tall as its tallest cell.
            let cells = [ModelSummary.wrap("\(r.name) (\(r.type))", w[0] - 2), ModelSummary.wrap(r.outputShape, w[1] - 2),
                         ModelSummary.wrap(params, w[2] - 2)]
            for k in 0..<(cells.map(\.count).max() ?? 1) {
                func part(_ c: Int) -> String { k < cells[c].count ? cells[c][k] : "" }
                out.append("│" + cell(part(0), w[0]) + "│" + cell(part(1), w[1]) + "│" + cell(part(2), w[2], right: true) + "│")
            }
        }
        out.append(line("└", "┴", "┘", "─"))
        // Keras 3 counts the optimizer's variables in the total once it has run.
        let total = totalParams + (optimizerParams ?? 0)
        out.append(" Total params: \(ModelSummary.grouped(total)) (\(ModelSummary.memory(total)))")
        out.append(" Trainable params: \(ModelSummary.grouped(trainableParams)) (\(ModelSummary.memory(trainableParams)))")
        out.append(" Non-trainable params: \(ModelSummary.grouped(nonTrainableParams)) (\(ModelSummary.memory(nonTrainableParams)))")
        if let o = optimizerParams {
            out.append(" Optimizer params: \(ModelSummary.grouped(o)) (\(ModelSummary.memory(o)))")
        }
        return out.joined(separator: "\n")
    }
}

extension Sequential {
    /// The structured summary (builds the model first when its input shape is declared).
    public func summaryData() throws -> ModelSummary {
        try buildIfDeclared()
        let rows = layers.map {
            ModelSummary.Row(name: $0.name, type: $0.typeName, outputShape: $0.outputShapeText, params: $0.countParams, built: $0.isBuilt)
        }
        return ModelSummary(modelName: name, rows: rows, totalParams: countParams,
                            trainableParams: trainableParamCount, nonTrainableParams: nonTrainableParamCount,
                            optimizerParams: optimizer?.variableCount)
    }

    /// Keras 3's `model.summary()` text.
    public func summary() throws -> String { try summaryData().text }
}
