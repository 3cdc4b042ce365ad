/// Softmax over the last axis as its own layer (Keras `Softmax()`); as the last layer it folds
/// into a crossentropy loss like a Dense softmax does.
public final class Softmax: ActivationLayer {
    public init(inputShape: [Int]? = nil, name: String? = nil) {
        super.init(.softmax, typeName: "Softmax", baseName: "softmax", inputShape: inputShape, name: name)
    }
}
