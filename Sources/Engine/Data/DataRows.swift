/// Row-wise helpers over `Tensor`'s public shape and scalars, for the data utilities.
enum DataRows {
    /// The number of elements a shape describes, or nil if a size is negative or the product
    /// of the non-zero sizes overflows (so every partial product, a stride, fits an Int).
    static func elementCount(_ shape: [Int]) -> Int? {
        var nonZero = 1
        for size in shape {
            guard size >= 0 else { return nil }
            if size == 0 { continue }
            let (product, overflow) = nonZero.multipliedReportingOverflow(by: size)
            if overflow { return nil }
            nonZero = product
        }
        return shape.contains(0) ? 0 : nonZero
    }

    /// Checks that a tensor has at least one axis and as many scalars as its shape says; returns (rows, row width).
    static func layout(_ tensor: Tensor, function: String, name: String) throws -> (rows: Int, width: Int) {
        guard let rows = tensor.shape.first else {
            throw DataError.invalidArgument(function: function, reason: "\(name) must have at least one axis, got a scalar")
        }
        guard let count = elementCount(tensor.shape), let width = elementCount(Array(tensor.shape.dropFirst())) else {
            throw DataError.invalidArgument(function: function, reason: "\(name) has invalid shape \(tensor.shape)")
        }
        guard count == tensor.scalars.count else {
            throw DataError.invalidArgument(function: function,
                                            reason: "\(name) has shape \(tensor.shape) but \(tensor.scalars.count) values")
        }
        return (rows, width)
    }

    /// The rows at `indices`, in that order.
    static func gather(_ tensor: Tensor, rows indices: [Int], width: Int) throws -> Tensor {
        // indices.count × width ≤ the tensor's own count: the rows are a subset of its rows.
        try Allocator.reserve(indices.count * width, "\(indices.count) rows of shape \(EngineError.shapeText(Array(tensor.shape.dropFirst())))")
        var scalars: [Float] = []
        scalars.reserveCapacity(indices.count * width)
        for row in indices {
            scalars.append(contentsOf: tensor.scalars[row * width..<(row + 1) * width])
        }
        return Tensor(shape: [indices.count] + tensor.shape.dropFirst(), scalars: scalars)
    }
}
