/// Keras's `Input(shape:)`: declares the per-sample input shape of a `Sequential` model.
/// It is not a real layer and does not appear in summaries.
public final class Input: Layer {
    public init(shape: [Int], name: String? = nil) {
        super.init(typeName: "InputLayer", baseName: "input_layer", name: name, inputShape: shape)
    }
}
