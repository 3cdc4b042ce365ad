/// Mean over poolSize windows of NHWC images (Keras `AveragePooling2D`); with padding "same"
/// the edge windows average only the cells inside the image, as Keras does.
public final class AveragePooling2D: Pooling {
    public init(poolSize: Size2D = 2, strides: Size2D? = nil, padding: Padding = .valid, inputShape: [Int]? = nil, name: String? = nil) {
        super.init(spatialRank: 2, takesMaximum: false, poolSize: poolSize, strides: strides, padding: padding,
                   typeName: "AveragePooling2D", baseName: "average_pooling2d", inputShape: inputShape, name: name)
    }
}
