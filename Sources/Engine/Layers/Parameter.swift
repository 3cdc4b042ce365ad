/// One weight array of a layer (kernel, bias, gamma, moving mean…) with its gradient slot.
public final class Parameter {
    /// Keras's weight name: "kernel", "bias", "gamma", "beta", "moving_mean", "moving_variance".
    public let name: String
    public let shape: [Int]
    public let count: Int
    /// Updated by optimizers (false for BatchNormalization's moving statistics).
    public let trainable: Bool
    let value: UnsafeMutablePointer<Float>
    let grad: UnsafeMutablePointer<Float>

    /// The weight and its gradient slot, reserved against the budget; `what` names the layer.
    init(name: String, shape: [Int], trainable: Bool = true, values: [Float], what: String = "a layer") throws {
        self.name = name
        self.shape = shape
        self.trainable = trainable
        let label = "\(what) weight \"\(name)\" of shape \(EngineError.shapeText(shape))"
        count = try Allocator.elementCount(shape, label)
        // Value and gradient together, so a refusal happens before either exists.
        try Allocator.reserve(count, stride: 2 * MemoryLayout<Float>.stride, label)
        value = try Allocator.pointer(count, label)
        grad = try Allocator.pointer(count, label)
        for i in 0..<Swift.min(count, values.count) { value[i] = values[i] }
    }

    deinit {
        value.deallocate()
        grad.deallocate()
    }

    /// The current values as a tensor (a copy).
    public var tensor: Tensor {
        Tensor(shape: shape, scalars: Array(UnsafeBufferPointer(start: value, count: count)))
    }

    /// The last computed gradient as a tensor (a copy).
    public var gradient: Tensor {
        Tensor(shape: shape, scalars: Array(UnsafeBufferPointer(start: grad, count: count)))
    }

    /// Overwrites the values; the shape must match exactly.
    func assign(_ t: Tensor, layer: String) throws {
        guard t.shape == shape, t.scalars.count == count else {
            throw EngineError("Layer \(layer) weight \"\(name)\" has shape \(EngineError.shapeText(shape)), received a value of shape \(EngineError.shapeText(t.shape))")
        }
        t.scalars.withUnsafeBufferPointer { src in
            if let b = src.baseAddress { value.update(from: b, count: count) }
        }
    }
}
