import CEngineKernels

/// The engine's one door to memory and time: every tensor's storage, layer buffer, optimizer
/// slot, workspace, data-set load and zip inflation reserves its bytes here first, and long
/// loops pass `checkDeadline()` at their safe points. Requests are refused before anything is
/// allocated, with a message naming the request and the budget (`EngineBudget.current`).
public enum Allocator {
    /// Requests at least this large also check the process's resident size (reading it costs
    /// a system call, nothing next to touching this much memory).
    static let residentCheckBytes = 64 << 20

    /// The element count of `shape` with checked arithmetic; a negative dimension is an
    /// argument error, an overflowing product a budget error. The product of the non-zero
    /// dimensions must fit too, so strides and row sizes of an empty tensor never overflow.
    public static func elementCount(_ shape: [Int], _ what: @autoclosure () -> String) throws -> Int {
        if let bad = shape.first(where: { $0 < 0 }) {
            throw EngineError("\(what()): shape \(EngineError.shapeText(shape)) has a negative dimension \(bad)")
        }
        guard let count = DataRows.elementCount(shape) else { throw tooLarge(what()) }
        return count
    }

    /// Throws unless `count` elements of `stride` bytes fit the current budget.
    public static func reserve(_ count: Int, stride: Int = MemoryLayout<Float>.stride, _ what: @autoclosure () -> String) throws {
        guard count >= 0 else { throw EngineError("\(what()): negative size \(count)") }
        let (bytes, overflow) = count.multipliedReportingOverflow(by: stride)
        if overflow { throw tooLarge(what()) }
        try reserve(bytes: bytes, what())
    }

    /// Throws unless `bytes` fit the current budget: the per-request limit, then (for large
    /// requests) the process's resident limit.
    public static func reserve(bytes: Int, _ what: @autoclosure () -> String) throws {
        let budget = EngineBudget.current
        if bytes > budget.memoryBytes {
            throw BudgetExceeded("memory limit exceeded: \(what()) needs \(ByteText.text(bytes)); \(budget.owner) memory budget is \(ByteText.text(budget.memoryBytes))")
        }
        guard bytes >= residentCheckBytes, let resident = budget.residentNow() else { return }
        let (total, overflow) = resident.addingReportingOverflow(bytes)
        if overflow || total > budget.residentBytes {
            throw BudgetExceeded("memory limit exceeded: \(what()) needs \(ByteText.text(bytes)) and the process already holds \(ByteText.text(resident)); \(budget.owner) limit for the whole process is \(ByteText.text(budget.residentBytes))")
        }
    }

    /// `count` floats, all `value`, after reserving them.
    static func floats(_ count: Int, repeating value: Float = 0, _ what: @autoclosure () -> String) throws -> [Float] {
        try reserve(count, what())
        return filled(count, value)
    }

    /// `count` copies of `value`, filled by C: `[Float](repeating:count:)` is a Swift loop in
    /// debug builds (0.9 s for a 12,000² tensor, more than a cell's time limit under load).
    static func filled(_ count: Int, _ value: Float) -> [Float] {
        [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
            if let base = buffer.baseAddress { ek_fill(base, count, value) }
            initialized = count
        }
    }

    /// `count` floats filled by `fill` (which must set every element), after reserving them.
    static func floats(_ count: Int, _ what: @autoclosure () -> String,
                       fill: (UnsafeMutableBufferPointer<Float>) throws -> Void) throws -> [Float] {
        try reserve(count, what())
        return try [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
            try fill(buffer)
            initialized = count
        }
    }

    /// Zeroed storage for `count` floats (at least one), after reserving it; the caller frees it.
    static func pointer(_ count: Int, _ what: @autoclosure () -> String) throws -> UnsafeMutablePointer<Float> {
        let n = Swift.max(count, 1)
        try reserve(n, what())
        let p = UnsafeMutablePointer<Float>.allocate(capacity: n)
        ek_fill(p, n, 0)
        return p
    }

    /// Throws the host's error once the caller's time is up (a safe point of a long loop).
    @inline(__always)
    public static func checkDeadline() throws {
        try EngineBudget.current.checkDeadline()
    }

    /// The refusal for a size whose byte count does not fit in an Int.
    static func tooLarge(_ what: String) -> BudgetExceeded {
        let budget = EngineBudget.current
        return BudgetExceeded("memory limit exceeded: \(what) needs more than \(ByteText.text(Int.max)); \(budget.owner) memory budget is \(ByteText.text(budget.memoryBytes))")
    }
}
