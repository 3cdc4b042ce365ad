import CEngineKernels

/// Chooses 1 or 2 engine threads while training, by measuring: when another process shares the
/// cores, a second thread can make a step slower, not faster. Steps are timed in windows; the
/// tuner mostly runs the faster setting and re-tries the other now and then. Results do not
/// depend on the choice (see CEngineKernels/parallel.c), only speed does.
final class ThreadTuner {
    private let window = 32
    private var mode = 2
    private var stepsInWindow = 0
    private var windowStart = ContinuousClock.now
    private var windows = 0
    /// Smoothed seconds per step for 1 and 2 threads (nil until measured).
    private var cost: [Int: Double] = [:]
    private let enabled: Bool

    /// Tunes only when the machine has ≥ 2 cores and nobody pinned `BLAS.threads`.
    init() {
        enabled = !BLAS.pinned && BLAS.coreCount >= 2
        if enabled { ek_pool_set_threads(Int32(mode)) }
    }

    func stepFinished() {
        guard enabled else { return }
        stepsInWindow += 1
        guard stepsInWindow == window else { return }
        let now = ContinuousClock.now
        let perStep = now.seconds(since: windowStart) / Double(window)
        cost[mode] = cost[mode].map { 0.5 * $0 + 0.5 * perStep } ?? perStep
        windows += 1
        let other = 3 - mode
        if cost[other] == nil || windows % 25 == 0 {
            mode = other   // explore
        } else if let a = cost[1], let b = cost[2] {
            mode = a < b ? 1 : 2
        }
        ek_pool_set_threads(Int32(mode))
        stepsInWindow = 0
        windowStart = ContinuousClock.now
    }
}
