/// A metric requested at compile time; its `name` is the log key (`accuracy`, `val_accuracy`).
public struct Metric: Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable {
        case accuracy, binaryAccuracy, categoricalAccuracy, sparseCategoricalAccuracy
        case precision, recall, auc, meanSquaredError, meanAbsoluteError
        case binaryCrossentropy, categoricalCrossentropy, sparseCategoricalCrossentropy
        case topKCategoricalAccuracy, sparseTopKCategoricalAccuracy
    }
    public let kind: Kind
    public let name: String
    /// Crossentropy metrics: predictions are raw scores (Keras `from_logits=True`).
    public let fromLogits: Bool
    /// Top-k accuracy: how many of the highest scores may hold the target.
    public let k: Int

    public init(kind: Kind, name: String, fromLogits: Bool = false, k: Int = 5) {
        self.kind = kind
        self.name = name
        self.fromLogits = fromLogits
        self.k = k
    }

    /// Mean binary crossentropy over an epoch, without the weight penalties the loss carries.
    public static func binaryCrossentropy(fromLogits: Bool = false, name: String = "binary_crossentropy") -> Metric {
        Metric(kind: .binaryCrossentropy, name: name, fromLogits: fromLogits)
    }
    public static func categoricalCrossentropy(fromLogits: Bool = false, name: String = "categorical_crossentropy") -> Metric {
        Metric(kind: .categoricalCrossentropy, name: name, fromLogits: fromLogits)
    }
    public static func sparseCategoricalCrossentropy(fromLogits: Bool = false, name: String = "sparse_categorical_crossentropy") -> Metric {
        Metric(kind: .sparseCategoricalCrossentropy, name: name, fromLogits: fromLogits)
    }
    /// The target class is among the k highest scores (one-hot targets).
    public static func topKCategoricalAccuracy(k: Int = 5, name: String = "top_k_categorical_accuracy") -> Metric {
        Metric(kind: .topKCategoricalAccuracy, name: name, k: k)
    }
    /// The target class is among the k highest scores (integer targets).
    public static func sparseTopKCategoricalAccuracy(k: Int = 5, name: String = "sparse_top_k_categorical_accuracy") -> Metric {
        Metric(kind: .sparseTopKCategoricalAccuracy, name: name, k: k)
    }

    /// Metrics that read one integer label per sample instead of a target per output.
    var takesIntegerLabels: Bool {
        kind == .sparseCategoricalAccuracy || kind == .sparseCategoricalCrossentropy || kind == .sparseTopKCategoricalAccuracy
    }

    /// Resolved by shapes as Keras does: binary, sparse categorical or categorical.
    public static let accuracy = Metric(kind: .accuracy, name: "accuracy")
    public static let binaryAccuracy = Metric(kind: .binaryAccuracy, name: "binary_accuracy")
    public static let categoricalAccuracy = Metric(kind: .categoricalAccuracy, name: "categorical_accuracy")
    public static let sparseCategoricalAccuracy = Metric(kind: .sparseCategoricalAccuracy, name: "sparse_categorical_accuracy")
    public static let precision = Metric(kind: .precision, name: "precision")
    public static let recall = Metric(kind: .recall, name: "recall")
    public static let auc = Metric(kind: .auc, name: "auc")
    public static let mse = Metric(kind: .meanSquaredError, name: "mse")
    public static let meanSquaredError = Metric(kind: .meanSquaredError, name: "mean_squared_error")
    public static let mae = Metric(kind: .meanAbsoluteError, name: "mae")
    public static let meanAbsoluteError = Metric(kind: .meanAbsoluteError, name: "mean_absolute_error")

    public var description: String { name }

    public static func named(_ name: String) throws -> Metric {
        switch name.lowercased() {
        case "accuracy", "acc": return Metric(kind: .accuracy, name: name)
        case "binary_accuracy": return .binaryAccuracy
        case "categorical_accuracy": return .categoricalAccuracy
        case "sparse_categorical_accuracy": return .sparseCategoricalAccuracy
        case "precision": return .precision
        case "recall": return .recall
        case "auc": return .auc
        case "mse": return .mse
        case "mean_squared_error": return .meanSquaredError
        case "mae": return .mae
        case "mean_absolute_error": return .meanAbsoluteError
        case "binary_crossentropy": return .binaryCrossentropy()
        case "categorical_crossentropy": return .categoricalCrossentropy()
        case "sparse_categorical_crossentropy": return .sparseCategoricalCrossentropy()
        case "top_k_categorical_accuracy": return .topKCategoricalAccuracy()
        case "sparse_top_k_categorical_accuracy": return .sparseTopKCategoricalAccuracy()
        default: throw EngineError("Unknown metric \"\(name)\"")
        }
    }

    /// The concrete rule for `accuracy` given per-sample target and output shapes.
    func resolved(targetShape: [Int], outputShape: [Int]) -> Kind {
        guard kind == .accuracy else { return kind }
        if outputShape.last == 1 || outputShape.isEmpty { return .binaryAccuracy }
        if targetShape.count < outputShape.count || (targetShape.last == 1 && (outputShape.last ?? 1) > 1) {
            return .sparseCategoricalAccuracy
        }
        return .categoricalAccuracy
    }
}
