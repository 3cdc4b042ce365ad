/// Weight initializers with Keras's formulas (fans from a [fanIn, fanOut] kernel shape).
public struct Initializer: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case glorotUniform, glorotNormal, heUniform, heNormal, randomNormal(mean: Float, stddev: Float)
        case randomUniform(low: Float, high: Float), zeros, ones, constant(Float)
    }
    let kind: Kind

    public static let glorotUniform = Initializer(kind: .glorotUniform)
    public static let glorotNormal = Initializer(kind: .glorotNormal)
    public static let heUniform = Initializer(kind: .heUniform)
    public static let heNormal = Initializer(kind: .heNormal)
    /// Keras default: mean 0, stddev 0.05.
    public static let randomNormal = Initializer(kind: .randomNormal(mean: 0, stddev: 0.05))
    public static func randomNormal(mean: Float = 0, stddev: Float = 0.05) -> Initializer { Initializer(kind: .randomNormal(mean: mean, stddev: stddev)) }
    /// Keras default: [-0.05, 0.05].
    public static let randomUniform = Initializer(kind: .randomUniform(low: -0.05, high: 0.05))
    public static func randomUniform(minval: Float = -0.05, maxval: Float = 0.05) -> Initializer { Initializer(kind: .randomUniform(low: minval, high: maxval)) }
    public static let zeros = Initializer(kind: .zeros)
    public static let ones = Initializer(kind: .ones)
    public static func constant(_ v: Float) -> Initializer { Initializer(kind: .constant(v)) }

    /// Fresh values for a weight of `shape`, drawing from `g`.
    func values(_ shape: [Int], _ g: inout RandomGenerator, what: String = "initial weights") throws -> [Float] {
        let label = "\(what) of shape \(EngineError.shapeText(shape))"
        let n = try Allocator.elementCount(shape, label)
        try Allocator.reserve(n, label)
        // Keras: fan_in = shape[-2]·receptive, fan_out = shape[-1]·receptive; vectors use n for both.
        let fanIn: Float, fanOut: Float
        if shape.count >= 2 {
            let receptive = Float(shape.dropLast(2).reduce(1, *))
            fanIn = Float(shape[shape.count - 2]) * receptive
            fanOut = Float(shape[shape.count - 1]) * receptive
        } else {
            fanIn = Float(Swift.max(n, 1)); fanOut = fanIn
        }
        func uniform(_ limit: Float) -> [Float] { (0..<n).map { _ in -limit + 2 * limit * g.nextUniform() } }
        // Keras's truncated normal: resample beyond 2σ; σ corrected by 0.8796… so variance matches.
        func truncated(_ variance: Float) -> [Float] {
            let sd = variance.squareRoot() / 0.879_625_66
            return (0..<n).map { _ in
                var v = g.nextNormal()
                while Swift.abs(v) > 2 { v = g.nextNormal() }
                return v * sd
            }
        }
        switch kind {
        case .glorotUniform: return uniform((6 / (fanIn + fanOut)).squareRoot())
        case .glorotNormal: return truncated(2 / (fanIn + fanOut))
        case .heUniform: return uniform((6 / fanIn).squareRoot())
        case .heNormal: return truncated(2 / fanIn)
        case .randomNormal(let m, let s): return (0..<n).map { _ in m + s * g.nextNormal() }
        case .randomUniform(let lo, let hi): return (0..<n).map { _ in lo + (hi - lo) * g.nextUniform() }
        case .zeros: return Allocator.filled(n, 0)
        case .ones: return Allocator.filled(n, 1)
        case .constant(let v): return Allocator.filled(n, v)
        }
    }
}
