import Foundation

/// Batch normalization over the last axis: batch statistics (biased variance) in training,
/// moving statistics at inference; moving = moving·momentum + batch·(1 - momentum).
public final class BatchNormalization: Layer {
    public let momentum: Float
    public let epsilon: Float
    private let outBuffer = Buffer("a BatchNormalization layer's output buffer"), xhatBuffer = Buffer("a BatchNormalization layer's normalized-input buffer")
    private let dxBuffer = Buffer("a BatchNormalization layer's input-gradient buffer"), statBuffer = Buffer("a BatchNormalization layer's statistics buffer")
    private var lastRows = 0, lastCols = 0

    public init(momentum: Float = 0.99, epsilon: Float = 1e-3, inputShape: [Int]? = nil, name: String? = nil) {
        self.momentum = momentum
        self.epsilon = epsilon
        super.init(typeName: "BatchNormalization", baseName: "batch_normalization", name: name, inputShape: inputShape)
    }

    override func computeOutputShape(_ input: [Int]) throws -> [Int] {
        guard let c = input.last, c > 0 else {
            throw EngineError("Layer \"\(name)\" (BatchNormalization) needs inputs with a non-empty last axis, received input shape \(Layer.batchShapeText(input))")
        }
        guard epsilon > 0, momentum >= 0, momentum <= 1 else {
            throw EngineError("Layer \"\(name)\" (BatchNormalization): momentum must be in [0, 1] and epsilon positive")
        }
        return input
    }

    override func makeParameters(_ input: [Int], _ g: inout RandomGenerator) throws -> [Parameter] {
        let c = input.last ?? 0
        let what = "BatchNormalization layer \"\(name)\""
        return [
            try Parameter(name: "gamma", shape: [c], values: try Allocator.floats(c, repeating: 1, what), what: what),
            try Parameter(name: "beta", shape: [c], values: [], what: what),
            try Parameter(name: "moving_mean", shape: [c], trainable: false, values: [], what: what),
            try Parameter(name: "moving_variance", shape: [c], trainable: false, values: try Allocator.floats(c, repeating: 1, what), what: what),
        ]
    }

    override func forward(_ x: UnsafeMutablePointer<Float>, batch: Int, training: Bool) throws -> UnsafeMutablePointer<Float> {
        guard parameters.count == 4 else { return x }
        let c = parameters[0].count
        let rows = batch * inputSize / Swift.max(c, 1)
        lastRows = rows; lastCols = c
        let gamma = parameters[0].value, beta = parameters[1].value
        let mm = parameters[2].value, mv = parameters[3].value
        let out = try outBuffer.ensure(rows * c)
        // stats: [mean(c) | invstd(c)]
        let stats = try statBuffer.ensure(2 * c)
        let mean = stats, invstd = stats + c
        if training && rows > 0 {
            for j in 0..<c { mean[j] = 0; invstd[j] = 0 }
            for r in 0..<rows { let row = x + r * c; for j in 0..<c { mean[j] += row[j] } }
            let inv = 1 / Float(rows)
            for j in 0..<c { mean[j] *= inv }
            for r in 0..<rows { let row = x + r * c; for j in 0..<c { let d = row[j] - mean[j]; invstd[j] += d * d } }
            for j in 0..<c {
                let v = invstd[j] * inv
                mm[j] = mm[j] * momentum + mean[j] * (1 - momentum)
                mv[j] = mv[j] * momentum + v * (1 - momentum)
                invstd[j] = 1 / (v + epsilon).squareRoot()
            }
            let xhat = try xhatBuffer.ensure(rows * c)
            for r in 0..<rows {
                let row = x + r * c, h = xhat + r * c, o = out + r * c
                for j in 0..<c { let v = (row[j] - mean[j]) * invstd[j]; h[j] = v; o[j] = gamma[j] * v + beta[j] }
            }
        } else {
            for j in 0..<c { mean[j] = mm[j]; invstd[j] = 1 / (mv[j] + epsilon).squareRoot() }
            for r in 0..<rows {
                let row = x + r * c, o = out + r * c
                for j in 0..<c { o[j] = gamma[j] * (row[j] - mean[j]) * invstd[j] + beta[j] }
            }
        }
        return out
    }

    override func backward(_ dy: UnsafeMutablePointer<Float>, batch: Int, needInputGrad: Bool) throws -> UnsafeMutablePointer<Float>? {
        guard parameters.count == 4 else { return dy }
        let rows = lastRows, c = lastCols
        let gamma = parameters[0].value, dgamma = parameters[0].grad, dbeta = parameters[1].grad
        let invstd = statBuffer.pointer + c, xhat = xhatBuffer.pointer
        for j in 0..<c { dgamma[j] = 0; dbeta[j] = 0 }
        for r in 0..<rows {
            let d = dy + r * c, h = xhat + r * c
            for j in 0..<c { dgamma[j] += d[j] * h[j]; dbeta[j] += d[j] }
        }
        guard needInputGrad else { return nil }
        let dx = try dxBuffer.ensure(rows * c)
        let n = Float(rows)
        // dx = γ·invstd/N · (N·dy − Σdy − x̂·Σ(dy·x̂))
        for r in 0..<rows {
            let d = dy + r * c, h = xhat + r * c, o = dx + r * c
            for j in 0..<c {
                o[j] = gamma[j] * invstd[j] / n * (n * d[j] - dbeta[j] - h[j] * dgamma[j])
            }
        }
        return dx
    }
}
