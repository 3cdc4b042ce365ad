/// Gives each sample a new shape with the same elements (Keras `Reshape`; one dimension may be
/// -1). No weights and no copy: the data is row-major either way.
public final class Reshape: Layer {
    public let targetShape: [Int]

    public init(_ targetShape: [Int], inputShape: [Int]? = nil, name: String? = nil) {
        self.targetShape = targetShape
        super.init(typeName: "Reshape", baseName: "reshape", name: name, inputShape: inputShape)
    }

    override func computeOutputShape(_ input: [Int]) throws -> [Int] {
        let count = input.reduce(1, *)
        let fail = EngineError("Layer \"\(name)\" (Reshape): the total size of the tensor must be unchanged. Received: input_shape=\(EngineError.shapeText(input)), target_shape=\(EngineError.shapeText(targetShape))")
        let unknown = targetShape.indices.filter { targetShape[$0] == -1 }
        guard unknown.count <= 1, targetShape.allSatisfy({ $0 > 0 || $0 == -1 }) else {
            throw EngineError("Layer \"\(name)\" (Reshape): target_shape \(EngineError.shapeText(targetShape)) may hold positive sizes and at most one -1")
        }
        guard let known = DataRows.elementCount(targetShape.filter { $0 != -1 }) else { throw fail }
        var out = targetShape
        if let u = unknown.first {
            guard known > 0, count % known == 0 else { throw fail }
            out[u] = count / known
        } else if known != count {
            throw fail
        }
        return out
    }
}
