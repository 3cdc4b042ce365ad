/// Max over windows of poolSize steps of sequences [steps, channels] (Keras `MaxPooling1D`).
public final class MaxPooling1D: Pooling {
    public init(poolSize: Int = 2, strides: Int? = nil, padding: Padding = .valid, inputShape: [Int]? = nil, name: String? = nil) {
        super.init(spatialRank: 1, takesMaximum: true, poolSize: Size2D(1, poolSize), strides: strides.map { Size2D(1, $0) },
                   padding: padding, typeName: "MaxPooling1D", baseName: "max_pooling1d", inputShape: inputShape, name: name)
    }
}
