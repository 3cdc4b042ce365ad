import Foundation

/// An elementwise (or, for softmax, row-wise) activation with Keras's definitions.
public struct Activation: Equatable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable { case relu, sigmoid, tanh, softmax, leakyRelu, elu, selu, softplus, swish, linear }
    public let kind: Kind
    /// Slope for leakyRelu, α for elu.
    public let alpha: Float

    public static let relu = Activation(kind: .relu, alpha: 0)
    public static let sigmoid = Activation(kind: .sigmoid, alpha: 0)
    public static let tanh = Activation(kind: .tanh, alpha: 0)
    public static let softmax = Activation(kind: .softmax, alpha: 0)
    /// The function's default slope is 0.2 (the LeakyReLU layer's is 0.3).
    public static let leakyRelu = Activation(kind: .leakyRelu, alpha: 0.2)
    public static func leakyRelu(alpha: Float) -> Activation { Activation(kind: .leakyRelu, alpha: alpha) }
    public static let elu = Activation(kind: .elu, alpha: 1)
    public static func elu(alpha: Float) -> Activation { Activation(kind: .elu, alpha: alpha) }
    public static let selu = Activation(kind: .selu, alpha: 0)
    public static let softplus = Activation(kind: .softplus, alpha: 0)
    public static let swish = Activation(kind: .swish, alpha: 0)
    public static let silu = swish
    public static let linear = Activation(kind: .linear, alpha: 0)

    /// Keras's snake_case name ("leaky_relu", "relu", …).
    public var description: String { kind == .leakyRelu ? "leaky_relu" : kind.rawValue }

    /// Looks an activation up by its Keras name ("relu", "leaky_relu", "silu", …).
    public static func named(_ name: String) throws -> Activation {
        switch name.lowercased() {
        case "relu": return .relu
        case "sigmoid": return .sigmoid
        case "tanh": return .tanh
        case "softmax": return .softmax
        case "leaky_relu", "leakyrelu": return .leakyRelu
        case "elu": return .elu
        case "selu": return .selu
        case "softplus": return .softplus
        case "swish", "silu": return .swish
        case "linear", "none": return .linear
        default: throw EngineError("Unknown activation \"\(name)\"")
        }
    }

    static let seluScale: Float = 1.050_700_987_355_480_5
    static let seluAlpha: Float = 1.673_263_242_354_377_2

    /// Applies the activation to a tensor (softmax over the last axis).
    public func callAsFunction(_ x: Tensor) -> Tensor {
        var out = x.scalars
        let cols = Swift.max(x.shape.last ?? 1, 1)
        x.scalars.withUnsafeBufferPointer { zp in
            out.withUnsafeMutableBufferPointer { op in
                if let z = zp.baseAddress, let o = op.baseAddress { forward(z, o, rows: x.count / cols, cols: cols) }
            }
        }
        return Tensor(shape: x.shape, scalars: out)
    }

    /// out = f(z) for a rows×cols block (softmax works per row).
    func forward(_ z: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, rows: Int, cols: Int) {
        let n = rows * cols
        switch kind {
        case .linear: if UnsafePointer(out) != z { out.update(from: z, count: n) }
        case .relu: for i in 0..<n { out[i] = Swift.max(z[i], 0) }
        case .sigmoid: for i in 0..<n { out[i] = Activation.sigmoid(z[i]) }
        case .tanh: for i in 0..<n { out[i] = Foundation.tanh(z[i]) }
        case .leakyRelu: let a = alpha; for i in 0..<n { let v = z[i]; out[i] = v > 0 ? v : a * v }
        case .elu: let a = alpha; for i in 0..<n { let v = z[i]; out[i] = v > 0 ? v : a * (Foundation.expm1(v)) }
        case .selu:
            for i in 0..<n {
                let v = z[i]
                out[i] = Activation.seluScale * (v > 0 ? v : Activation.seluAlpha * Foundation.expm1(v))
            }
        case .softplus: for i in 0..<n { out[i] = Activation.softplus(z[i]) }
        case .swish: for i in 0..<n { out[i] = z[i] * Activation.sigmoid(z[i]) }
        case .softmax: Activation.softmaxRows(z, out, rows: rows, cols: cols)
        }
    }

    /// In place: dy ← dy·f'(z), using z and out = f(z).
    func backward(_ dy: UnsafeMutablePointer<Float>, z: UnsafePointer<Float>, out: UnsafePointer<Float>, rows: Int, cols: Int) {
        let n = rows * cols
        switch kind {
        case .linear: break
        case .relu: Kernels.reluBackward(dy, z, count: n)
        case .sigmoid: for i in 0..<n { let s = out[i]; dy[i] *= s * (1 - s) }
        case .tanh: for i in 0..<n { let t = out[i]; dy[i] *= 1 - t * t }
        case .leakyRelu: let a = alpha; for i in 0..<n where !(z[i] > 0) { dy[i] *= a }
        case .elu: let a = alpha; for i in 0..<n where !(z[i] > 0) { dy[i] *= out[i] + a }
        case .selu:
            for i in 0..<n {
                let v = z[i]
                dy[i] *= v > 0 ? Activation.seluScale : Activation.seluScale * Activation.seluAlpha * Foundation.exp(v)
            }
        case .softplus: for i in 0..<n { dy[i] *= Activation.sigmoid(z[i]) }
        case .swish:
            for i in 0..<n {
                let s = Activation.sigmoid(z[i])
                dy[i] *= s + z[i] * s * (1 - s)
            }
        case .softmax:
            for r in 0..<rows {
                let o = out + r * cols, d = dy + r * cols
                var dot: Float = 0
                for j in 0..<cols { dot += d[j] * o[j] }
                for j in 0..<cols { d[j] = o[j] * (d[j] - dot) }
            }
        }
    }

    @inline(__always) static func sigmoid(_ v: Float) -> Float {
        // Two branches keep exp's argument non-positive (no overflow).
        if v >= 0 { return 1 / (1 + Foundation.exp(-v)) }
        let e = Foundation.exp(v)
        return e / (1 + e)
    }

    @inline(__always) static func softplus(_ v: Float) -> Float {
        Swift.max(v, 0) + Foundation.log1p(Foundation.exp(-Swift.abs(v)))
    }

    /// Stable softmax of each row (subtract the row maximum).
    static func softmaxRows(_ z: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, rows: Int, cols: Int) {
        for r in 0..<rows {
            let zr = z + r * cols, o = out + r * cols
            var m = -Float.infinity
            for j in 0..<cols { m = Swift.max(m, zr[j]) }
            var s: Float = 0
            for j in 0..<cols { let e = Foundation.exp(zr[j] - m); o[j] = e; s += e }
            let inv = 1 / s
            for j in 0..<cols { o[j] *= inv }
        }
    }
}
