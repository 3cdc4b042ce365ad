/// Streams per-batch and per-epoch figures to closures (the CLI draws its bar from these).
/// Either closure may return `.stop(reason:)`, e.g. for a wall-clock limit.
public final class ProgressCallback: Callback {
    public enum Control: Equatable, Sendable { case proceed, stop(reason: String) }

    public struct BatchEvent: Sendable {
        public let epoch: Int          // one-based
        public let epochs: Int
        public let step: Int           // one-based, within the epoch
        public let steps: Int
        public let seconds: Double     // since the epoch began
        public let logs: Logs          // running means
    }

    public struct EpochEvent: Sendable {
        public let epoch: Int          // one-based
        public let epochs: Int
        public let steps: Int
        public let seconds: Double
        public let logs: Logs
    }

    let onBatch: ((BatchEvent) -> Control)?
    let onEpoch: ((EpochEvent) -> Control)?
    private var epochStart = ContinuousClock.now
    private var currentEpoch = 0

    public init(onBatch: ((BatchEvent) -> Control)? = nil, onEpoch: ((EpochEvent) -> Control)? = nil) {
        self.onBatch = onBatch
        self.onEpoch = onEpoch
    }

    public override func onEpochBegin(_ epoch: Int, _ context: TrainingContext) throws {
        epochStart = ContinuousClock.now
        currentEpoch = epoch
    }

    public override func onBatchEnd(_ batch: Int, logs: Logs, _ context: TrainingContext) throws {
        guard let onBatch else { return }
        let e = BatchEvent(epoch: currentEpoch + 1, epochs: context.epochs, step: batch + 1, steps: context.stepsPerEpoch,
                           seconds: ContinuousClock.now.seconds(since: epochStart), logs: logs)
        if case .stop(let reason) = onBatch(e) { context.requestStop(reason: reason) }
    }

    public override func onEpochLogged(_ epoch: Int, logs: Logs, _ context: TrainingContext) throws {
        guard let onEpoch else { return }
        let e = EpochEvent(epoch: epoch + 1, epochs: context.epochs, steps: context.stepsPerEpoch,
                           seconds: ContinuousClock.now.seconds(since: epochStart), logs: logs)
        if case .stop(let reason) = onEpoch(e) { context.requestStop(reason: reason) }
    }
}

extension ContinuousClock.Instant {
    func seconds(since start: ContinuousClock.Instant) -> Double {
        let d = start.duration(to: self)
        return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
}
