/// Mean over the steps of sequences (Keras `GlobalAveragePooling1D`, no mask): [steps, c] → [c].
public final class GlobalAveragePooling1D: GlobalPooling {
    public init(inputShape: [Int]? = nil, name: String? = nil) {
        super.init(spatialRank: 1, takesMaximum: false, typeName: "GlobalAveragePooling1D", baseName: "global_average_pooling1d", inputShape: inputShape, name: name)
    }
}
