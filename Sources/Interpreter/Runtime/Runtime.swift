import Foundation

/// Per-session run state shared by all compiled code: limits, counters, output and randomness.
final class Runtime {
    var limits: Limits
    var steps = 0
    private var nextCheck = 0
    private var deadline: UInt64 = .max
    var depth = 0
    /// Observed properties whose `willSet`/`didSet` is running (see `modifyObserved`).
    var observing: Set<ObservedKey> = []
    var random: SeededRandom
    var output: InterpreterOutput?
    unowned(unsafe) var session: Session!
    /// Set by a cancelled host or an exceeded wall clock so the next tick stops the cell.
    var stopReason: String?
    let deinits = DeinitQueue()

    init(limits: Limits, seed: UInt64) {
        self.limits = limits
        random = SeededRandom(seed: seed)
    }

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    func startCell() {
        steps = 0
        depth = 0
        stopReason = nil
        nextCheck = min(limits.steps, 4096)
        let ns = limits.seconds * 1e9
        deadline = ns >= Double(UInt64.max / 2) ? .max : Runtime.now() &+ UInt64(max(0, ns))
    }

    /// Counts one step (loop iteration or call); checks limits every few thousand steps.
    @inline(__always) func tick() throws {
        steps &+= 1
        if steps >= nextCheck { try slowCheck() }
    }

    @inline(never) func slowCheck() throws {
        if steps >= limits.steps {
            throw RunError(.limit, "step limit exceeded: the cell ran more than \(limits.steps) steps")
        }
        nextCheck = min(limits.steps, steps + 4096)
        try checkClock()
    }

    func checkClock() throws {
        if Runtime.now() > deadline {
            throw RunError(.limit, "time limit exceeded: the cell ran longer than \(formatSeconds(limits.seconds)) s")
        }
    }

    private func formatSeconds(_ s: Double) -> String {
        s == s.rounded() && abs(s) < 1e15 ? String(Int(s)) : String(s)
    }

    /// Refuses a collection or string that would exceed the memory budget.
    @inline(__always) func checkSize(count: Int, stride: Int = 24) throws {
        let (bytes, overflow) = count.multipliedReportingOverflow(by: stride)
        if overflow || bytes > limits.memoryBytes {
            throw RunError(.limit, "memory limit exceeded: \(count) elements would need more than the \(limits.memoryBytes) bytes allowed")
        }
        try noteBuilt(bytes)
    }

    /// Bytes of collections and strings built since the process's resident memory was last read.
    private var builtSinceResidentCheck = 0

    /// Counts bytes about to be built; every 64 MB, reads the process's resident memory.
    @inline(__always) func noteBuilt(_ bytes: Int) throws {
        builtSinceResidentCheck &+= bytes
        if builtSinceResidentCheck > 64 << 20 { try checkResident() }
    }

    @inline(never) func checkResident() throws {
        builtSinceResidentCheck = 0
        guard let resident = ResidentMemory.bytes(), resident > limits.residentBytes else { return }
        throw RunError(.limit, "memory limit exceeded: the notebook's process holds \(resident >> 20) MB, more than the \(limits.residentBytes >> 20) MB allowed")
    }

    func write(_ s: String) {
        if let output { output.write(s) } else { FileHandle.standardOutput.write(s.data(using: .utf8) ?? Data()) }
    }
}
