/// Max over height and width of NHWC images (Keras `GlobalMaxPooling2D`): [h, w, c] → [c].
public final class GlobalMaxPooling2D: GlobalPooling {
    public init(inputShape: [Int]? = nil, name: String? = nil) {
        super.init(spatialRank: 2, takesMaximum: true, typeName: "GlobalMaxPooling2D", baseName: "global_max_pooling2d", inputShape: inputShape, name: name)
    }
}
