/// Flattens each sample to one axis (no weights; the data is already row-major).
public final class Flatten: Layer {
    public init(inputShape: [Int]? = nil, name: String? = nil) {
        super.init(typeName: "Flatten", baseName: "flatten", name: name, inputShape: inputShape)
    }

    override func computeOutputShape(_ input: [Int]) throws -> [Int] { [input.reduce(1, *)] }
}
