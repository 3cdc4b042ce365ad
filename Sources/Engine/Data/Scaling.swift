/// Per-feature mean and standard deviation from training data, reusable on test data.
public struct StandardScaling {
    /// Mean of each feature, shaped like one row.
    public var mean: Tensor
    /// Population standard deviation of each feature (1 where a feature is constant), shaped like one row.
    public var std: Tensor

    /// Computes the statistics of the rows of `x` (features are all axes after the first).
    public init(fitting x: Tensor) throws {
        let columns = try DataFeatureColumns(x, function: "standardize")
        var mean = [Double](repeating: 0, count: columns.width)
        var squares = [Double](repeating: 0, count: columns.width)
        columns.forEachRow { row in
            for j in 0..<row.count { mean[j] += Double(row[j]) }
        }
        for j in 0..<columns.width { mean[j] /= Double(columns.rows) }
        // Two passes: subtracting the mean first keeps the variance accurate.
        columns.forEachRow { row in
            for j in 0..<row.count {
                let d = Double(row[j]) - mean[j]
                squares[j] += d * d
            }
        }
        let std = squares.map { sum -> Double in
            let value = (sum / Double(columns.rows)).squareRoot()
            return value > 0 ? value : 1  // as scikit-learn: constant features are centred, not divided by 0
        }
        self.mean = Tensor(shape: columns.featureShape, scalars: mean.map { Float($0) })
        self.std = Tensor(shape: columns.featureShape, scalars: std.map { Float($0) })
    }

    /// (x − mean) / std, column by column.
    public func apply(_ x: Tensor) throws -> Tensor {
        try DataFeatureColumns(x, function: "standardize").map(offset: mean.scalars, scale: std.scalars) { ($0 - $1) / $2 }
    }
}

/// Per-feature minimum and maximum from training data, reusable on test data.
public struct MinMaxScaling {
    /// Minimum of each feature, shaped like one row.
    public var min: Tensor
    /// Maximum of each feature, shaped like one row.
    public var max: Tensor

    /// Computes the statistics of the rows of `x` (features are all axes after the first).
    public init(fitting x: Tensor) throws {
        let columns = try DataFeatureColumns(x, function: "minMaxScale")
        var low = [Float](repeating: .infinity, count: columns.width)
        var high = [Float](repeating: -.infinity, count: columns.width)
        columns.forEachRow { row in
            for j in 0..<row.count {
                low[j] = Swift.min(low[j], row[j])
                high[j] = Swift.max(high[j], row[j])
            }
        }
        self.min = Tensor(shape: columns.featureShape, scalars: low)
        self.max = Tensor(shape: columns.featureShape, scalars: high)
    }

    /// (x − min) / (max − min), column by column (constant features become 0).
    public func apply(_ x: Tensor) throws -> Tensor {
        let range = zip(min.scalars, max.scalars).map { low, high in high > low ? high - low : 1 }
        return try DataFeatureColumns(x, function: "minMaxScale").map(offset: min.scalars, scale: range) { ($0 - $1) / $2 }
    }
}

/// Standardizes each feature to mean 0 and standard deviation 1; returns the statistics for reuse on test data.
public func standardize(_ x: Tensor) throws -> (scaled: Tensor, stats: StandardScaling) {
    let stats = try StandardScaling(fitting: x)
    return (try stats.apply(x), stats)
}

/// Standardizes with statistics computed earlier (normally from the training set).
public func standardize(_ x: Tensor, using stats: StandardScaling) throws -> Tensor {
    try stats.apply(x)
}

/// Scales each feature to [0, 1]; returns the statistics for reuse on test data.
public func minMaxScale(_ x: Tensor) throws -> (scaled: Tensor, stats: MinMaxScaling) {
    let stats = try MinMaxScaling(fitting: x)
    return (try stats.apply(x), stats)
}

/// Min-max scales with statistics computed earlier (normally from the training set).
public func minMaxScale(_ x: Tensor, using stats: MinMaxScaling) throws -> Tensor {
    try stats.apply(x)
}

/// A tensor viewed as rows of features: axis 0 is the example, the rest is one feature row.
struct DataFeatureColumns {
    let tensor: Tensor
    let rows: Int
    let width: Int
    let function: String
    /// The shape of one row ([1] for a rank-1 tensor, whose values form a single feature).
    let featureShape: [Int]

    init(_ tensor: Tensor, function: String) throws {
        let (rows, width) = try DataRows.layout(tensor, function: function, name: "x")
        guard rows > 0 else { throw DataError.invalidArgument(function: function, reason: "x has no rows") }
        self.tensor = tensor
        self.rows = rows
        self.function = function
        // A rank-1 tensor is N examples of one feature.
        self.width = tensor.shape.count == 1 ? 1 : width
        featureShape = tensor.shape.count == 1 ? [1] : Array(tensor.shape.dropFirst())
    }

    /// Calls `body` with each row, indexed from 0.
    func forEachRow(_ body: (UnsafeBufferPointer<Float>) -> Void) {
        tensor.scalars.withUnsafeBufferPointer { all in
            for i in 0..<rows { body(UnsafeBufferPointer(rebasing: all[i * width..<(i + 1) * width])) }
        }
    }

    /// Applies `transform(value, offset[j], scale[j])` to every value in feature column j.
    func map(offset: [Float], scale: [Float], _ transform: (Float, Float, Float) -> Float) throws -> Tensor {
        guard offset.count == width, scale.count == width else {
            throw DataError.invalidArgument(function: function,
                                            reason: "x has \(width) features per row but the statistics have \(offset.count)")
        }
        try Allocator.reserve(tensor.count, "\(function) of shape \(EngineError.shapeText(tensor.shape))")
        var scalars = tensor.scalars
        for i in 0..<rows {
            for j in 0..<width { scalars[i * width + j] = transform(scalars[i * width + j], offset[j], scale[j]) }
        }
        return Tensor(shape: tensor.shape, scalars: scalars)
    }
}
