/// Mean over windows of poolSize steps of sequences [steps, channels] (Keras `AveragePooling1D`).
public final class AveragePooling1D: Pooling {
    public init(poolSize: Int = 2, strides: Int? = nil, padding: Padding = .valid, inputShape: [Int]? = nil, name: String? = nil) {
        super.init(spatialRank: 1, takesMaximum: false, poolSize: Size2D(1, poolSize), strides: strides.map { Size2D(1, $0) },
                   padding: padding, typeName: "AveragePooling1D", baseName: "average_pooling1d", inputShape: inputShape, name: name)
    }
}
