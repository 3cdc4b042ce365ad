import NotebookModel

/// The data behind each chart of a figure as a visually hidden table, for screen readers (the
/// SVG itself is one image to them). Tables are capped at `maxRows` rows (and heatmaps at
/// `maxColumns` columns); a truncated table says so in its caption.
enum ChartDataTable {
    static let maxRows = 20
    static let maxColumns = 12

    /// One `<div class="visually-hidden"><table class="chart-data">` per line, bar, scatter, heatmap or histogram panel.
    static func html(_ figure: Figure) -> String {
        // A one-panel figure's title usually names its chart: the table's caption takes it.
        let title = figure.panels.count == 1 ? figure.title : ""
        return figure.panels.map { table(titled($0, title)) }.joined()
    }

    /// The panel with `title` where it has none of its own.
    static func titled(_ panel: FigurePanel, _ title: String) -> FigurePanel {
        func named(_ labels: AxisLabels) -> AxisLabels {
            var labels = labels
            if labels.title.isEmpty { labels.title = title }
            return labels
        }
        switch panel {
        case .line(var p): p.labels = named(p.labels); return .line(p)
        case .bar(var p): p.labels = named(p.labels); return .bar(p)
        case .scatter(var p): p.labels = named(p.labels); return .scatter(p)
        case .heatmap(var p): p.labels = named(p.labels); return .heatmap(p)
        case .histogram(var p): p.labels = named(p.labels); return .histogram(p)
        case .decisionBoundary, .imageGrid: return panel
        }
    }

    static func table(_ panel: FigurePanel) -> String {
        switch panel {
        case .line(let p): return line(p)
        case .bar(let p):
            let rows = p.categories.indices.map { i in [p.categories[i]] + p.series.map { i < $0.values.count ? n($0.values[i]) : "" } }
            return render(what: "bar chart", p.labels, header: [p.labels.x.isEmpty ? "category" : p.labels.x] + p.series.map(\.name),
                          rows: rows)
        case .scatter(let p):
            let names = p.pointLabels
            let rows = (0..<p.points.count).map { i -> [String] in
                let cls = i < p.points.classes.count ? p.points.classes[i] : -1
                let name = names.flatMap { i < $0.count ? $0[i] : nil }
                    ?? (cls >= 0 && cls < p.points.classNames.count ? p.points.classNames[cls] : (cls >= 0 ? String(cls) : ""))
                return [n(p.points.x[i]), n(p.points.y[i]), name]
            }
            return render(what: "scatter plot", p.labels, header: [p.labels.x.isEmpty ? "x" : p.labels.x,
                                                                  p.labels.y.isEmpty ? "y" : p.labels.y,
                                                                  names == nil ? "class" : "label"], rows: rows)
        case .heatmap(let p): return heatmap(p)
        case .histogram(let p):
            let histogram = Histogram(series: p.series.map(\.values), bins: p.bins)
            let rows = (0..<max(histogram.edges.count - 1, 0)).map { i in
                ["\(n(histogram.edges[i])) to \(n(histogram.edges[i + 1]))"] + histogram.counts.map { i < $0.count ? String($0[i]) : "" }
            }
            let names = p.series.count == 1 ? ["count"] : p.series.map { "\($0.name) count" }
            return render(what: "histogram", p.labels, header: [p.labels.x.isEmpty ? "bin" : p.labels.x] + names, rows: rows)
        case .decisionBoundary, .imageGrid:
            return ""  // Their description says what they show; a grid of probabilities or pixels is no table.
        }
    }

    /// One row per x value when the series share their x values, else one row per point.
    static func line(_ p: LinePanel) -> String {
        let xs = p.series.first?.resolvedX ?? []
        let xName = p.labels.x.isEmpty ? "x" : p.labels.x
        if p.series.allSatisfy({ $0.resolvedX == xs }) {
            let rows = xs.indices.map { i in [n(xs[i])] + p.series.map { i < $0.y.count ? n($0.y[i]) : "" } }
            return render(what: "line chart", p.labels, header: [xName] + p.series.map { $0.name.isEmpty ? "y" : $0.name }, rows: rows)
        }
        let rows = p.series.flatMap { s in zip(s.resolvedX, s.y).map { [s.name, n($0), n($1)] } }
        return render(what: "line chart", p.labels, header: ["series", xName, p.labels.y.isEmpty ? "y" : p.labels.y], rows: rows)
    }

    static func heatmap(_ p: HeatmapPanel) -> String {
        let columns = min(p.columnLabels.count, maxColumns)
        let rows = p.values.indices.map { r -> [String] in
            let label = r < p.rowLabels.count ? p.rowLabels[r] : String(r)
            return [label] + (0..<columns).map { c in p.integerValues ? String(Int(HeatmapChart.value(p, r, c))) : n(HeatmapChart.value(p, r, c)) }
        }
        var note = p.labels.x.isEmpty ? "" : " columns: \(p.labels.x);"
        if p.columnLabels.count > columns { note += " first \(columns) of \(p.columnLabels.count) columns;" }
        return render(what: "heatmap", p.labels, header: [p.labels.y.isEmpty ? "row" : p.labels.y] + p.columnLabels.prefix(columns),
                      rows: rows, note: note)
    }

    /// The table; more than `maxRows` rows keeps evenly spaced ones, the first and last included.
    static func render(what: String, _ labels: AxisLabels, header: [String], rows: [[String]], note: String = "") -> String {
        guard !rows.isEmpty else { return "" }
        var kept = rows
        var caption = "Data of the " + what + (labels.title.isEmpty ? "" : " “\(labels.title)”")
        if rows.count > maxRows {
            let step = Double(rows.count - 1) / Double(maxRows - 1)
            kept = (0..<maxRows).map { rows[Int((Double($0) * step).rounded())] }
            caption += " (\(maxRows) of \(rows.count) rows, evenly spaced;\(note) the chart shows all)"
        } else if !note.isEmpty {
            caption += " (" + note.dropFirst().dropLast() + ")"
        }
        // The wrapper clips: a table ignores `width: 1px`, and its width would make the figure scroll.
        var s = "<div class=\"visually-hidden\"><table class=\"chart-data\">\n<caption>" + XMLEscaping.text(caption) + "</caption>\n"
        s += "<thead><tr>" + header.map { "<th scope=\"col\">" + XMLEscaping.text($0) + "</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in kept {
            s += "<tr>" + row.enumerated().map { i, cell in
                i == 0 ? "<th scope=\"row\">" + XMLEscaping.text(cell) + "</th>" : "<td>" + XMLEscaping.text(cell) + "</td>"
            }.joined() + "</tr>\n"
        }
        return s + "</tbody>\n</table></div>\n"
    }

    static func n(_ value: Double) -> String { value.isFinite ? FigureRenderer.short(value) : "missing" }
}
