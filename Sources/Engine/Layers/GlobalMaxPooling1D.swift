/// Max over the steps of sequences (Keras `GlobalMaxPooling1D`): [steps, c] → [c].
public final class GlobalMaxPooling1D: GlobalPooling {
    public init(inputShape: [Int]? = nil, name: String? = nil) {
        super.init(spatialRank: 1, takesMaximum: true, typeName: "GlobalMaxPooling1D", baseName: "global_max_pooling1d", inputShape: inputShape, name: name)
    }
}
