/// Row-wise helpers over `Tensor`'s public shape and scalars, for the data utilities.
enum TensorRows {
    /// Checks that a tensor has at least one axis and as many scalars as its shape says; returns (rows, row width).
    static func layout(_ tensor: Tensor, function: String, name: String) throws -> (rows: Int, width: Int) {
        guard let rows = tensor.shape.first else {
            throw DataError.invalidArgument(function: function, reason: "\(name) must have at least one axis, got a scalar")
        }
        guard tensor.shape.allSatisfy({ $0 >= 0 }) else {
            throw DataError.invalidArgument(function: function, reason: "\(name) has invalid shape \(tensor.shape)")
        }
        let width = tensor.shape.dropFirst().reduce(1, *)
        guard rows * width == tensor.scalars.count else {
            throw DataError.invalidArgument(function: function,
                                            reason: "\(name) has shape \(tensor.shape) but \(tensor.scalars.count) values")
        }
        return (rows, width)
    }

    /// The rows at `indices`, in that order.
    static func gather(_ tensor: Tensor, rows indices: [Int], width: Int) -> Tensor {
        var scalars: [Float] = []
        scalars.reserveCapacity(indices.count * width)
        for row in indices {
            scalars.append(contentsOf: tensor.scalars[row * width..<(row + 1) * width])
        }
        return Tensor(shape: [indices.count] + tensor.shape.dropFirst(), scalars: scalars)
    }
}
