import Foundation

/// Shared optimizer machinery: step counting, the learning rate (or schedule) and per-weight
/// state slots. Each subclass writes only its update rule.
public class Optimizer {
    /// Keras class name ("RMSprop").
    public let typeName: String
    /// Fixed learning rate (used when no schedule is set).
    public var learningRate: Float
    /// Optional schedule, evaluated at the step count before each update (as Keras does).
    public var schedule: LearningRateSchedule?
    /// Updates applied so far (Keras's `iterations`).
    public internal(set) var iterations = 0

    private var slots: [ObjectIdentifier: [Buffer]] = [:]
    private var slotValueCount = 0
    private let slotInitialValues: [Float]

    init(typeName: String, learningRate: Float, slotInitialValues: [Float]) {
        self.typeName = typeName
        self.learningRate = learningRate
        self.slotInitialValues = slotInitialValues
    }

    /// The rate the next update will use.
    public var currentLearningRate: Float { schedule.map { $0.rate(atStep: iterations) } ?? learningRate }

    /// Checks hyper-parameters before training (overridden to add rule-specific checks).
    func validate() throws {
        guard learningRate.isFinite, learningRate >= 0 else {
            throw EngineError("\(typeName): learningRate must be a non-negative number, received \(learningRate)")
        }
    }

    /// Applies one update to every parameter from its stored gradient.
    func apply(_ params: [Parameter]) throws {
        let lr = currentLearningRate
        let t = iterations + 1
        for p in params {
            let state = try slotPointers(for: p)
            update(weights: p.value, gradient: p.grad, count: p.count, slots: state, lr: lr, step: t)
        }
        iterations += 1
    }

    /// Forgets all state (used when a model is recompiled).
    func reset() {
        slots = [:]
        slotValueCount = 0
        iterations = 0
    }

    /// Keras 3's "Optimizer params" once the optimizer has run: its state slots plus the step
    /// counter and (unless scheduled) the learning-rate variable; nil before the first update.
    public var variableCount: Int? {
        iterations == 0 ? nil : slotValueCount + (schedule == nil ? 2 : 1)
    }

    private func slotPointers(for p: Parameter) throws -> [UnsafeMutablePointer<Float>] {
        let key = ObjectIdentifier(p)
        if let s = slots[key] { return s.map(\.pointer) }
        let what = "\(typeName) state for weight \"\(p.name)\" of shape \(EngineError.shapeText(p.shape))"
        let made = try slotInitialValues.map { v -> Buffer in
            let b = try Buffer(p.count, what)
            b.pointer.update(repeating: v, count: p.count)
            return b
        }
        slots[key] = made
        slotValueCount += p.count * made.count
        return made.map(\.pointer)
    }

    /// The update rule; `step` counts from 1.
    func update(weights w: UnsafeMutablePointer<Float>, gradient g: UnsafePointer<Float>, count n: Int,
                slots: [UnsafeMutablePointer<Float>], lr: Float, step: Int) {}
}
