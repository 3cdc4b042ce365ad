/// Mean over height and width of NHWC images (Keras `GlobalAveragePooling2D`): [h, w, c] → [c].
public final class GlobalAveragePooling2D: GlobalPooling {
    public init(inputShape: [Int]? = nil, name: String? = nil) {
        super.init(spatialRank: 2, takesMaximum: false, typeName: "GlobalAveragePooling2D", baseName: "global_average_pooling2d", inputShape: inputShape, name: name)
    }
}
