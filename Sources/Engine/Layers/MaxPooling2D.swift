/// Max over poolSize windows of NHWC images (Keras `MaxPooling2D`; strides default to poolSize).
public final class MaxPooling2D: Pooling {
    public init(poolSize: Size2D = 2, strides: Size2D? = nil, padding: Padding = .valid, inputShape: [Int]? = nil, name: String? = nil) {
        super.init(spatialRank: 2, takesMaximum: true, poolSize: poolSize, strides: strides, padding: padding,
                   typeName: "MaxPooling2D", baseName: "max_pooling2d", inputShape: inputShape, name: name)
    }
}
