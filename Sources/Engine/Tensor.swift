/// A float32, row-major tensor of rank 0–5.
public struct Tensor {
    public var shape: [Int]
    public var scalars: [Float]
    public init(shape: [Int], scalars: [Float]) {
        self.shape = shape
        self.scalars = scalars
    }
}
