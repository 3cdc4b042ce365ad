import Foundation
import NotebookModel
@testable import Renderer

/// Small deterministic data for every figure kind and a page (no randomness: a fixed LCG).
enum Fixtures {
    struct LCG {
        var state: UInt64
        mutating func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
    }

    static let fashionClasses = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                                 "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]

    static let lossHistory: [(name: String, values: [Double])] = [
        ("accuracy", [0.7012, 0.8123, 0.8456, 0.8612, 0.8701]),
        ("loss", [0.8231, 0.5210, 0.4522, 0.4101, 0.3877]),
        ("val_accuracy", [0.7811, 0.8202, 0.8398, 0.8490, 0.8533]),
        ("val_loss", [0.6102, 0.5003, 0.4601, 0.4382, 0.4290]),
    ]

    /// One named figure per kind; snapshot names come from the keys.
    static var figures: [(name: String, figure: Figure)] {
        [
            ("line", .line(title: "Learning-rate sweep", xLabel: "Step", yLabel: "Loss", series: [
                .init(name: "lr = 0.1", x: [0, 10, 20, 30, 40], y: [2.3, 1.1, 0.7, 0.52, 0.45]),
                .init(name: "lr = 0.01", x: [0, 10, 20, 30, 40], y: [2.3, 1.9, 1.5, .nan, 1.0], dashed: true),
            ])),
            ("history", .history(lossHistory)),
            ("scatter", .scatter(title: "Two moons", points: moons())),
            ("decision-boundary", .decisionBoundary(title: "XOR: 2-4-1 network", xorBoundary())),
            ("image-grid", .images(title: "Test predictions", .predictions(
                (0..<6).map(syntheticImage), predicted: [9, 2, 1, 1, 6, 1], actual: [9, 2, 1, 1, 4, 1],
                classNames: fashionClasses, columns: 6))),
            ("confusion-matrix", .confusionMatrix([[50, 2, 3], [4, 45, 1], [0, 7, 38]], classNames: ["Sandal", "Sneaker", "Ankle boot"])),
            ("bar", Figure(title: "Accuracy by optimizer", panel: .bar(BarPanel(xLabel: "Optimizer", yLabel: "Accuracy", categories: ["SGD", "Adam", "RMSprop"],
                series: [.init(name: "train", values: [0.81, 0.88, 0.87]), .init(name: "test", values: [0.79, 0.85, 0.84])])))),
            ("histogram", .histogram(title: "First-layer weights", xLabel: "Weight", values: normalSample(count: 400, seed: 7))),
        ]
    }

    static func moons() -> LabeledPoints {
        var rng = LCG(state: 42)
        var x: [Double] = [], y: [Double] = [], classes: [Int] = []
        for i in 0..<60 {
            let t = Double.pi * Double(i % 30) / 29
            let upper = i < 30
            x.append((upper ? cos(t) : 1 - cos(t)) + (rng.next() - 0.5) * 0.2)
            y.append((upper ? sin(t) : 0.5 - sin(t)) + (rng.next() - 0.5) * 0.2)
            classes.append(upper ? 0 : 1)
        }
        return LabeledPoints(x: x, y: y, classes: classes, classNames: ["upper", "lower"])
    }

    /// The XOR view: P(class 1) is high where x·y < 0.
    static func xorBoundary() -> DecisionBoundaryPanel {
        let range = AxisRange(-1.5, 1.5)
        let grid = DecisionBoundaryPanel.gridPoints(xRange: range, yRange: range, columns: 24, rows: 24)
        let probabilities = grid.map { p in 1 / (1 + exp(8 * p[0] * p[1])) }
        let corners: [[Double]] = [[-1, -1], [-1, 1], [1, -1], [1, 1]]
        var rng = LCG(state: 3)
        var rows: [[Double]] = [], classes: [Int] = []
        for _ in 0..<5 {
            for c in corners {
                rows.append([c[0] + (rng.next() - 0.5) * 0.4, c[1] + (rng.next() - 0.5) * 0.4])
                classes.append(c[0] * c[1] < 0 ? 1 : 0)
            }
        }
        return DecisionBoundaryPanel(xRange: range, yRange: range, columns: 24, rows: 24, probabilities: probabilities,
                                     points: LabeledPoints(rows: rows, classes: classes, classNames: ["0", "1"]))
    }

    /// A 28×28 blob whose shape depends on `k`, values 0…1 like normalized Fashion-MNIST.
    static func syntheticImage(_ k: Int) -> GrayImage {
        var values: [Double] = []
        for r in 0..<28 {
            for c in 0..<28 {
                let dx = Double(c) - 13.5, dy = Double(r) - 13.5
                let radius = 6 + Double(k % 3) * 2.5
                let d = (dx * dx) / (radius * radius) + (dy * dy) / (radius * radius * (1 + Double(k % 2)))
                values.append(max(0, 1 - d))
            }
        }
        return GrayImage(width: 28, height: 28, values: values)
    }

    static func normalSample(count: Int, seed: UInt64) -> [Double] {
        var rng = LCG(state: seed)
        return (0..<count).map { _ in
            // Box–Muller, scaled like small initial weights.
            let u = max(rng.next(), 1e-12), v = rng.next()
            return 0.05 * sqrt(-2 * log(u)) * cos(2 * Double.pi * v)
        }
    }

    static let summary = ModelSummary(
        modelName: "sequential",
        rows: [.init(name: "dense", type: "Dense", outputShape: "(None, 128)", params: 100_480),
               .init(name: "dense_1", type: "Dense", outputShape: "(None, 10)", params: 1_290)],
        totalParams: 101_770, trainableParams: 101_770, nonTrainableParams: 0, text: "")

    /// A lesson page touching every block and output kind.
    static var page: PageInput {
        PageInput(
            title: "Fashion-MNIST with a dense network",
            description: "Train a 784-128-10 classifier & read its errors.",
            path: "lessons/02-fashion.html",
            extra: [FrontMatterField(key: "author", value: "Course staff")],
            blocks: [
                .prose(html: "<h1>Fashion-MNIST with a dense network</h1>\n<p>The loss is <span class=\"math inline\">L = -\\sum_i y_i \\log p_i</span>.</p>\n"),
                .prose(html: "<h2>Build the model</h2>\n<div class=\"math display\">\\sigma(z) = \\frac{1}{1 + e^{-z}}</div>\n"),
                .cell(CellView(id: "cell-1", source: "let model = Sequential([\n    Dense(128, activation: .relu, inputShape: [784]),\n    Dense(10, activation: .softmax),\n])\nmodel.summary()  // 101,770 params\n",
                               outputs: [.modelSummary(summary)], executionIndex: 1)),
                .cell(CellView(id: "cell-2", source: "print(\"x < y && done\")\nmodel.layers.count", outputs: [.text("x < y && done\n"), .value("2")], executionIndex: 2)),
                .prose(html: "<h2>Train &amp; evaluate</h2>\n<h3>Curves</h3>\n<p>Watch <code>val_loss</code>.</p>\n"),
                .cell(CellView(id: "train", source: "let history = model.fit(x, y, epochs: 2, validationSplit: 0.2)\nplot(history)",
                               outputs: [.trainingLog(TrainingLog(lines: [
                                   "Epoch 1/2", "150/150 - 1s - 6ms/step - accuracy: 0.1131 - loss: 2.3340 - val_accuracy: 0.1217 - val_loss: 2.2970",
                               ])), .figure(.history(lossHistory))], executionIndex: 3)),
                .cell(CellView(id: "cell-4", source: "showConfusion()", hidden: true,
                               outputs: [.table(DataTable(header: ["class", "precision"], rows: [["Shirt", "0.61"], ["Bag", "0.97"]]))], executionIndex: 4)),
                .cell(CellView(id: "cell-5", source: "let bad = Dense(-1)", outputs: [.error(CellError(
                    kind: .runtime, message: "units must be positive, got -1", path: "lessons/02-fashion.md", line: 40, column: 11,
                    rendered: "lessons/02-fashion.md:40:11: error: units must be positive, got -1\nlet bad = Dense(-1)\n          ^",
                    trace: ["Dense.init(at: 40:11)"]))], executionIndex: 5, expectError: true, classes: ["demo"])),
                .prose(html: "<h2>Build the model</h2>\n<p>Same heading twice gets a distinct anchor.</p>\n"),
            ],
            previous: PageLink(title: "Perceptrons", path: "lessons/01-perceptron.html"),
            next: PageLink(title: "XOR", path: "lessons/03-xor.html"),
            siteTitle: "Deep Learning in Swift",
            sourcePath: "lessons/02-fashion.md")
    }
}
