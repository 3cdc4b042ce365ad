import Foundation

/// A learning rate that depends on the step count (in batches).
public protocol LearningRateSchedule {
    func rate(atStep step: Int) -> Float
}

/// The settings ExponentialDecay and InverseTimeDecay share, and the decayed step count
/// p = step / decaySteps (floored when `staircase`) both formulas use.
public struct StepDecay: Sendable {
    public let initialLearningRate: Float
    public let decaySteps: Int
    public let decayRate: Float
    public let staircase: Bool

    func progress(atStep step: Int) -> Float {
        let p = Float(step) / Float(Swift.max(decaySteps, 1))
        return staircase ? p.rounded(.down) : p
    }
}

/// lr0·rate^p, p = step/decaySteps floored when `staircase` (Keras `ExponentialDecay`).
public struct ExponentialDecay: LearningRateSchedule {
    public let decay: StepDecay

    public init(initialLearningRate: Float, decaySteps: Int, decayRate: Float, staircase: Bool = false) {
        decay = StepDecay(initialLearningRate: initialLearningRate, decaySteps: decaySteps, decayRate: decayRate, staircase: staircase)
    }

    public func rate(atStep step: Int) -> Float {
        decay.initialLearningRate * Foundation.pow(decay.decayRate, decay.progress(atStep: step))
    }
}

/// lr0 / (1 + rate·p), p = step/decaySteps floored when `staircase` (Keras `InverseTimeDecay`).
public struct InverseTimeDecay: LearningRateSchedule {
    public let decay: StepDecay

    public init(initialLearningRate: Float, decaySteps: Int, decayRate: Float, staircase: Bool = false) {
        decay = StepDecay(initialLearningRate: initialLearningRate, decaySteps: decaySteps, decayRate: decayRate, staircase: staircase)
    }

    public func rate(atStep step: Int) -> Float {
        decay.initialLearningRate / (1 + decay.decayRate * decay.progress(atStep: step))
    }
}

/// values[0] up to and including boundaries[0], values[i] for boundaries[i−1] < step ≤ boundaries[i],
/// the last value after the last boundary (Keras `PiecewiseConstantDecay`).
public struct PiecewiseConstantDecay: LearningRateSchedule {
    public let boundaries: [Int]
    public let values: [Float]

    /// Checks Keras's rule: one more value than boundaries, boundaries increasing.
    public init(boundaries: [Int], values: [Float]) throws {
        guard values.count == boundaries.count + 1 else {
            throw EngineError("PiecewiseConstantDecay: values must have one more element than boundaries, received \(values.count) values for \(boundaries.count) boundaries")
        }
        guard zip(boundaries, boundaries.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw EngineError("PiecewiseConstantDecay: boundaries must increase, received \(boundaries)")
        }
        self.boundaries = boundaries
        self.values = values
    }

    public func rate(atStep step: Int) -> Float {
        for (i, b) in boundaries.enumerated() where step <= b { return values[i] }
        return values[values.count - 1]
    }
}

/// Cosine decay from lr0 (or, after a linear warmup of `warmupSteps` to `warmupTarget`, from the
/// target) to alpha·lr over `decaySteps`, then constant (Keras `CosineDecay`):
/// lr·((1 − α)·½(1 + cos(π·min(s, decaySteps)/decaySteps)) + α).
public struct CosineDecay: LearningRateSchedule {
    public let initialLearningRate: Float
    public let decaySteps: Int
    public let alpha: Float
    public let warmupTarget: Float?
    public let warmupSteps: Int

    public init(initialLearningRate: Float, decaySteps: Int, alpha: Float = 0, warmupTarget: Float? = nil, warmupSteps: Int = 0) {
        self.initialLearningRate = initialLearningRate
        self.decaySteps = decaySteps
        self.alpha = alpha
        self.warmupTarget = warmupTarget
        self.warmupSteps = warmupSteps
    }

    public func rate(atStep step: Int) -> Float {
        var start = initialLearningRate
        var s = Float(step)
        if let target = warmupTarget {
            if step < warmupSteps {
                return initialLearningRate + (target - initialLearningRate) * s / Float(Swift.max(warmupSteps, 1))
            }
            start = target
            s -= Float(warmupSteps)
        }
        let d = Float(Swift.max(decaySteps, 1))
        let cosine = 0.5 * (1 + Foundation.cos(Float.pi * Swift.min(s, d) / d))
        return start * ((1 - alpha) * cosine + alpha)
    }
}
