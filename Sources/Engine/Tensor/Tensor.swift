/// A float32, row-major tensor of rank 0–5 with value semantics.
public struct Tensor {
    /// Dimensions, outermost first; `[]` is a scalar.
    public var shape: [Int]
    /// The elements in row-major order; `scalars.count == shape.reduce(1, *)`.
    public var scalars: [Float]

    /// The data helper's contract: no validation beyond what callers guarantee.
    public init(shape: [Int], scalars: [Float]) {
        self.shape = shape
        self.scalars = scalars
    }

    /// Checked initializer: the element count must match the shape.
    public init(validating shape: [Int], scalars: [Float]) throws {
        guard shape.count <= Tensor.maxRank else {
            throw EngineError("Tensor rank \(shape.count) is above the supported maximum \(Tensor.maxRank)")
        }
        let n = try Allocator.elementCount(shape, "Tensor(shape: \(shape))")
        guard n == scalars.count else {
            throw EngineError("Cannot make a tensor of shape \(EngineError.shapeText(shape)) (\(n) elements) from \(scalars.count) values")
        }
        self.shape = shape
        self.scalars = scalars
    }

    public static let maxRank = 5

    /// A rank-0 tensor.
    public init(_ value: Float) { self.init(shape: [], scalars: [value]) }
    /// A rank-1 tensor.
    public init(_ values: [Float]) { self.init(shape: [values.count], scalars: values) }
    public init(_ values: [Double]) { self.init(values.map { Float($0) }) }
    public init(_ values: [Int]) { self.init(values.map { Float($0) }) }
    /// A rank-2 tensor from rows; all rows must have the same length.
    public init(_ rows: [[Float]]) throws {
        let cols = rows.first?.count ?? 0
        for (i, r) in rows.enumerated() where r.count != cols {
            throw EngineError("Tensor rows must have equal lengths: row 0 has \(cols) values, row \(i) has \(r.count)")
        }
        self.init(shape: [rows.count, cols], scalars: rows.flatMap { $0 })
    }
    public init(_ rows: [[Double]]) throws { try self.init(rows.map { $0.map { Float($0) } }) }
    public init(_ rows: [[Int]]) throws { try self.init(rows.map { $0.map { Float($0) } }) }
    public init(_ planes: [[[Float]]]) throws {
        let parts = try planes.map { try Tensor($0) }
        try self.init(stacking: parts, emptyShape: [0, 0, 0])
    }
    public init(_ planes: [[[Double]]]) throws { try self.init(planes.map { $0.map { $0.map { Float($0) } } }) }

    /// Stacks equal-shaped tensors along a new first axis.
    public init(stacking parts: [Tensor], emptyShape: [Int] = [0]) throws {
        guard let first = parts.first else { self.init(shape: emptyShape, scalars: []); return }
        for (i, p) in parts.enumerated() where p.shape != first.shape {
            throw EngineError("Cannot stack tensors: element 0 has shape \(EngineError.shapeText(first.shape)), element \(i) has shape \(EngineError.shapeText(p.shape))")
        }
        guard first.rank < Tensor.maxRank else { throw EngineError("Tensor rank above \(Tensor.maxRank)") }
        let (total, overflow) = first.count.multipliedReportingOverflow(by: parts.count)
        if overflow { throw Allocator.tooLarge("a tensor stacked from \(parts.count) parts") }
        try Allocator.reserve(total, "a tensor stacked from \(parts.count) parts of shape \(EngineError.shapeText(first.shape))")
        var s: [Float] = []
        s.reserveCapacity(total)
        for p in parts { s.append(contentsOf: p.scalars) }
        self.init(shape: [parts.count] + first.shape, scalars: s)
    }

    public var rank: Int { shape.count }
    /// Number of elements.
    public var count: Int { scalars.count }
    /// Numpy's `size`.
    public var size: Int { scalars.count }

    /// The single value of a one-element tensor.
    public func item() throws -> Float {
        guard scalars.count == 1 else {
            throw EngineError("item() needs a tensor with one element, got shape \(EngineError.shapeText(shape))")
        }
        return scalars[0]
    }

    /// Throws unless the element count matches the shape (a tensor made with the unchecked
    /// `init(shape:scalars:)` might not); operations that index call this first.
    func checkConsistent(_ what: String) throws {
        let n = DataRows.elementCount(shape)
        guard n == scalars.count else {
            let expected = n.map(String.init) ?? "more than Int can count"
            throw EngineError("\(what): tensor of shape \(EngineError.shapeText(shape)) holds \(scalars.count) values instead of \(expected)")
        }
    }

    /// Row-major strides in elements.
    var strides: [Int] {
        var s = [Int](repeating: 1, count: shape.count)
        var acc = 1
        // Wrapping: only an empty tensor's dimensions can multiply past Int, and its strides are
        // never used to reach an element.
        for i in stride(from: shape.count - 1, through: 0, by: -1) { s[i] = acc; acc = acc &* shape[i] }
        return s
    }
}

extension Tensor: Equatable {}
