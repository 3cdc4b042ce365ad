import CEngineKernels

/// Inverted dropout: in training, zeroes a `rate` fraction and scales survivors by 1/(1-rate);
/// identity at inference.
public final class Dropout: Layer {
    public let rate: Float
    private let maskBuffer = Buffer("a Dropout layer's mask buffer"), outBuffer = Buffer("a Dropout layer's output buffer")
    private var generator: RandomGenerator?
    private var lastCount = 0
    private var lastWasTraining = false

    public init(_ rate: Float, name: String? = nil) {
        self.rate = rate
        super.init(typeName: "Dropout", baseName: "dropout", name: name, inputShape: nil)
    }

    override func computeOutputShape(_ input: [Int]) throws -> [Int] {
        guard rate >= 0, rate < 1 else {
            throw EngineError("Layer \"\(name)\" (Dropout): rate must be in [0, 1), received \(rate)")
        }
        return input
    }

    override func makeParameters(_ input: [Int], _ g: inout RandomGenerator) throws -> [Parameter] {
        // Each dropout layer owns a stream seeded from the engine seed, like Keras's SeedGenerator.
        generator = RandomGenerator(seed: g.next())
        return []
    }

    override var propagatesMask: Bool { true }

    override func forward(_ x: UnsafeMutablePointer<Float>, batch: Int, training: Bool) throws -> UnsafeMutablePointer<Float> {
        lastWasTraining = training && rate > 0
        guard lastWasTraining else { return x }
        let n = batch * inputSize
        lastCount = n
        let mask = try maskBuffer.ensure(n), out = try outBuffer.ensure(n)
        let scale = 1 / (1 - rate)
        var g = generator ?? EngineRandom.fork()
        // One 64-bit draw per batch keys a vectorized hash that gives each element its own
        // 32-bit uniform u; keep when u ≥ rate·2³² (CEngineKernels/kernels.c).
        let key = g.next()
        generator = g
        let threshold = UInt32(Swift.min((Double(rate) * 4_294_967_296.0).rounded(.up), 4_294_967_295))
        ek_dropout(x, out, mask, n, key, threshold, scale)
        return out
    }

    override func backward(_ dy: UnsafeMutablePointer<Float>, batch: Int, needInputGrad: Bool) -> UnsafeMutablePointer<Float>? {
        guard lastWasTraining else { return dy }
        Kernels.multiply(dy, by: maskBuffer.pointer, count: lastCount)
        return dy
    }
}
