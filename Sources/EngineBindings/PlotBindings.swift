import Engine
import Interpreter
import NotebookModel

/// Plots as figures: `plot(history)`, `linePlot`, `scatterPlot`, `decisionBoundary`, `imageGrid`,
/// `confusionMatrix`, `barChart`, `histogram`. Each emits a figure output for the current cell.
extension BindingState {
    func registerPlots() {
        let host = session.host
        let title = HostParam("title", default: .string(""))
        let xLabel = HostParam("xLabel", default: .string(""))
        let yLabel = HostParam("yLabel", default: .string(""))
        func emit(_ figure: Figure) -> Value {
            context.emit(.figure(figure))
            return .void
        }

        host.function("plot", [HostParam(), title]) { [self] call in
            let history = try self.payload(call[0], as: History.self, "a History from fit")
            let keys = history.keys.filter { !$0.hasPrefix("val_") }.sorted { a, b in a == "loss" ? true : b == "loss" ? false : a < b }
            var metrics: [(name: String, values: [Double])] = []
            for key in keys {
                metrics.append((key, (history.history[key] ?? []).map { Double($0) }))
                if let validation = history.history["val_" + key] { metrics.append(("val_" + key, validation.map { Double($0) })) }
            }
            try PlotCaps.check(metrics.reduce(0) { $0 + $1.values.count }, PlotCaps.linePoints, "plot", "points",
                               advice: "plot a slice of the history's values with linePlot")
            let name = try call.string(1)
            return emit(Figure.history(metrics, title: name.isEmpty ? "Training history" : name))
        }
        host.function("linePlot", [HostParam("x", default: Value.none), HostParam("y"), HostParam("labels", default: Value.none), title, xLabel, yLabel]) { [self] call in
            let x = try call.optional(0).map { try self.doubles($0, cap: PlotCaps.linePoints, "linePlot") } ?? []
            let ys: [[Double]]
            if case .array(let items) = call[1], case .array? = items.first {
                ys = try items.map { try self.doubles($0, cap: PlotCaps.linePoints, "linePlot") }
            } else {
                ys = [try self.doubles(call[1], cap: PlotCaps.linePoints, "linePlot")]
            }
            try PlotCaps.check(ys.reduce(0) { $0 + $1.count }, PlotCaps.linePoints, "linePlot", "points",
                               advice: "plot every n-th value, or a window of the data")
            if !x.isEmpty, let bad = ys.firstIndex(where: { $0.count != x.count }) {
                throw HostError("linePlot: x has \(x.count) values but y\(ys.count > 1 ? " series \(bad + 1)" : "") has \(ys[bad].count)")
            }
            let labels = try call.optional(2).map { try self.strings($0) } ?? []
            let series = ys.enumerated().map { i, y in
                LinePanel.Series(name: i < labels.count ? labels[i] : (ys.count == 1 ? "" : "series \(i + 1)"), x: x, y: y)
            }
            return emit(Figure.line(title: try call.string(3), xLabel: try call.string(4), yLabel: try call.string(5), series: series))
        }
        host.function("scatterPlot", [HostParam("x"), HostParam("y"), HostParam("labels", default: Value.none),
                                      HostParam("classNames", default: Value.none), HostParam("lineX", default: Value.none),
                                      HostParam("lineY", default: Value.none), HostParam("pointLabels", default: Value.none),
                                      title, xLabel, yLabel]) { [self] call in
            let x = try self.doubles(call[0], cap: PlotCaps.scatterPoints, "scatterPlot")
            let y = try self.doubles(call[1], cap: PlotCaps.scatterPoints, "scatterPlot")
            guard x.count == y.count else { throw HostError("scatterPlot: x has \(x.count) values but y has \(y.count)") }
            let classes = try call.optional(2).map { try self.ints($0) } ?? []
            let names = try call.optional(3).map { try self.strings($0) } ?? []
            let points = LabeledPoints(x: x, y: y, classes: classes, classNames: names)
            let pointLabels = try call.optional(6).map { try self.strings($0) }
            if let pointLabels, pointLabels.count != x.count {
                throw HostError("scatterPlot: \(x.count) points but \(pointLabels.count) pointLabels")
            }
            var panel = ScatterPanel(title: "", xLabel: try call.string(8), yLabel: try call.string(9), points: points, pointLabels: pointLabels)
            if let lineX = try call.optional(4).map({ try self.doubles($0, cap: PlotCaps.linePoints, "scatterPlot") }),
               let lineY = try call.optional(5).map({ try self.doubles($0, cap: PlotCaps.linePoints, "scatterPlot") }) {
                panel.lines = [LinePanel.Series(name: "fit", x: lineX, y: lineY)]
            }
            return emit(Figure(title: try call.string(7), panel: .scatter(panel)))
        }
        host.function("histogram", [HostParam(), HostParam("bins", default: Value.none), title, xLabel]) { [self] call in
            let values = try self.doubles(call[0], cap: PlotCaps.histogramValues, "histogram")
            let bins = try self.optionalInt(call[1])
            if let bins, bins < 1 || bins > 1000 { throw HostError("histogram: bins must be between 1 and 1000, received \(bins)") }
            return emit(Figure.histogram(title: try call.string(2), xLabel: try call.string(3), values: values, bins: bins))
        }
        host.function("barChart", [HostParam("labels"), HostParam("values"), title, xLabel, yLabel]) { [self] call in
            let labels = try self.strings(call[0]), values = try self.doubles(call[1], cap: PlotCaps.bars, "barChart")
            try PlotCaps.check(labels.count, PlotCaps.bars, "barChart", "bars", advice: "show the largest values only")
            guard labels.count == values.count else { throw HostError("barChart: \(labels.count) labels but \(values.count) values") }
            return emit(Figure.bar(title: try call.string(2), xLabel: try call.string(3), yLabel: try call.string(4), categories: labels, values: values))
        }
        host.function("confusionMatrix", [HostParam(), HostParam(), HostParam("classNames", default: Value.none), title]) { [self] call in
            let actual = try self.ints(call[0]), predicted = try self.ints(call[1])
            guard actual.count == predicted.count else { throw HostError("confusionMatrix: \(actual.count) true labels but \(predicted.count) predictions") }
            let given = try call.optional(2).map { try self.strings($0) }
            try PlotCaps.check(given?.count ?? 0, PlotCaps.classes, "confusionMatrix", "class names", advice: "pass at most that many classes")
            // Ranges are checked before any size is computed from a label (Int.max + 1 would trap).
            let limit = given?.count ?? PlotCaps.classes
            if let bad = (actual + predicted).first(where: { $0 < 0 || $0 >= limit }) {
                throw HostError(given == nil
                    ? "confusionMatrix: label \(bad) is out of range: labels must be between 0 and \(PlotCaps.classes - 1) (a figure shows at most \(PlotCaps.classes) classes)"
                    : "confusionMatrix: label \(bad) is out of range for \(limit) class names: labels must be between 0 and \(limit - 1)")
            }
            let count = max((actual.max() ?? 0), (predicted.max() ?? 0)) + 1
            let names = given ?? (0..<count).map(String.init)
            var counts = Array(repeating: Array(repeating: 0, count: names.count), count: names.count)
            for (a, p) in zip(actual, predicted) { counts[a][p] += 1 }
            let name = try call.string(3)
            return emit(Figure.confusionMatrix(title: name.isEmpty ? "Confusion matrix" : name, counts, classNames: names))
        }
        host.function("imageGrid", [HostParam(), HostParam("labels", default: Value.none), HostParam("predictions", default: Value.none),
                                    HostParam("classNames", default: Value.none), HostParam("columns", default: Value.none), title]) { [self] call in
            let images = try self.tensor(call[0])
            guard images.rank == 3 || (images.rank == 2 && Int(Double(images.shape[1]).squareRoot()) * Int(Double(images.shape[1]).squareRoot()) == images.shape[1]) else {
                throw HostError("imageGrid: expected images of shape [N, height, width] (or [N, side²]), got \(images.shape)")
            }
            let n = min(images.shape[0], PlotCaps.images)
            let height = images.rank == 3 ? images.shape[1] : Int(Double(images.shape[1]).squareRoot())
            let width = images.rank == 3 ? images.shape[2] : height
            guard n == 0 || (width > 0 && height > 0) else {
                throw HostError("imageGrid: images of shape \(images.shape) have no pixels")
            }
            let (pixelCount, overflow) = width.multipliedReportingOverflow(by: height)
            try PlotCaps.check(overflow ? Int.max : pixelCount, PlotCaps.imagePixels, "imageGrid", "pixels per image (\(height)×\(width))",
                               advice: "show smaller images")
            guard images.count >= n * pixelCount else { throw HostError("imageGrid: a tensor of shape \(images.shape) holds \(images.count) values") }
            let maxValue = images.scalars.prefix(n * width * height).max() ?? 1
            let scale = maxValue > 1.5 ? 255.0 : 1.0  // raw 0…255 pixels or normalized 0…1
            let pixels = height * width
            let grays = (0..<n).map { i in
                GrayImage(width: width, height: height, values: Array(images.scalars[(i * pixels)..<((i + 1) * pixels)]), scale: scale)
            }
            let labels = try call.optional(1).map { Array(try self.ints($0).prefix(n)) } ?? []
            let names = try call.optional(3).map { try self.strings($0) } ?? []
            let columns = try self.optionalInt(call[4])
            var panel: ImageGridPanel
            if let predicted = try call.optional(2).map({ Array(try self.ints($0).prefix(n)) }) {
                panel = .predictions(grays, predicted: predicted, actual: labels, classNames: names, columns: columns)
            } else {
                panel = .samples(grays, labels: labels, classNames: names, columns: columns)
            }
            // A visible note, so a page never suggests these are all the images.
            if images.shape[0] > n { panel.title = "the first \(n) of \(images.shape[0]) images" }
            return emit(Figure.images(title: try call.string(5), panel))
        }
        host.function("decisionBoundary", [HostParam(), HostParam(), HostParam(), HostParam("resolution", default: .int(60)), title]) { [self] call in
            let model = try self.payload(call[0], as: Sequential.self, "a Sequential model")
            let x = try self.tensor(call[1]), y = try self.tensor(call[2])
            guard x.rank == 2, x.shape[1] == 2 else { throw HostError("decisionBoundary: x must have shape [N, 2], got \(x.shape)") }
            let xs = stride(from: 0, to: x.count, by: 2).map { Double(x.scalars[$0]) }
            let ys = stride(from: 1, to: x.count, by: 2).map { Double(x.scalars[$0]) }
            guard y.count == xs.count else { throw HostError("decisionBoundary: \(xs.count) points but \(y.count) labels") }
            try PlotCaps.check(xs.count, PlotCaps.scatterPoints, "decisionBoundary", "points", advice: "pass a sample of the data")
            let classes = y.scalars.map { Int(($0 > 0.5 ? 1 : 0) as Int) }
            let resolution = max(4, min(200, try call.int(3)))
            func range(_ values: [Double]) -> AxisRange {
                let lo = values.min() ?? 0, hi = values.max() ?? 1
                let pad = max((hi - lo) * 0.15, 0.1)
                return AxisRange(lo - pad, hi + pad)
            }
            let xRange = range(xs), yRange = range(ys)
            let grid = DecisionBoundaryPanel.gridPoints(xRange: xRange, yRange: yRange, columns: resolution, rows: resolution)
            let input = Tensor(shape: [grid.count, 2], scalars: grid.flatMap { $0.map { Float($0) } })
            let output = try self.engine { try model.predict(input, batchSize: 1024) }
            // One sigmoid output is P(class 1); with a softmax pair, take the second column.
            guard output.count >= grid.count, output.count % max(grid.count, 1) == 0 else {
                throw HostError("decisionBoundary: the model gives \(output.count) outputs for \(grid.count) points; it needs one or two per point")
            }
            let width = max(1, output.count / max(grid.count, 1))
            let probabilities = (0..<grid.count).map { Double(output.scalars[$0 * width + (width == 1 ? 0 : 1)]) }
            let panel = DecisionBoundaryPanel(xRange: xRange, yRange: yRange, columns: resolution, rows: resolution,
                                              probabilities: probabilities, points: LabeledPoints(x: xs, y: ys, classes: classes))
            let name = try call.string(4)
            return emit(Figure.decisionBoundary(title: name.isEmpty ? "Decision boundary" : name, panel))
        }
    }
}
