import Foundation

/// The resources engine work may use on the current thread: bytes per request, the process's
/// resident ceiling, and a deadline check. The engine's host (the bindings) installs one per
/// call with `using(_:_:)`; `Allocator` checks every allocation and safe point against it.
public struct EngineBudget {
    /// Largest single allocation, in bytes.
    public var memoryBytes: Int
    /// Resident size of the whole process that a large allocation may not push past, in bytes.
    public var residentBytes: Int
    /// The process's resident size now, or nil where it cannot be read.
    public var residentNow: () -> Int?
    /// Throws (the host's own error) once the caller's time is up; called at safe points.
    public var checkDeadline: () throws -> Void
    /// Whose budget it is, as messages name it ("the cell's").
    public var owner: String

    public init(memoryBytes: Int, residentBytes: Int, residentNow: @escaping () -> Int? = { nil },
                checkDeadline: @escaping () throws -> Void = {}, owner: String = "the engine's") {
        self.memoryBytes = memoryBytes
        self.residentBytes = residentBytes
        self.residentNow = residentNow
        self.checkDeadline = checkDeadline
        self.owner = owner
    }

    /// Without a host: half the machine's memory, no deadline (tests, benchmarks, tools).
    public static let processDefault: EngineBudget = {
        let half = Int(min(ProcessInfo.processInfo.physicalMemory / 2, UInt64(Int.max)))
        return EngineBudget(memoryBytes: half, residentBytes: half)
    }()

    /// The budget installed on this thread, else `processDefault`.
    public static var current: EngineBudget {
        guard let raw = pthread_getspecific(slot) else { return processDefault }
        return Unmanaged<Box>.fromOpaque(raw).takeUnretainedValue().budget
    }

    /// Runs `body` with `budget` as this thread's budget (nested calls restore the outer one).
    public static func using<T>(_ budget: EngineBudget, _ body: () throws -> T) rethrows -> T {
        let previous = pthread_getspecific(slot)
        let box = Unmanaged.passRetained(Box(budget))
        pthread_setspecific(slot, box.toOpaque())
        defer {
            pthread_setspecific(slot, previous)
            box.release()
        }
        return try body()
    }

    // A pthread key, not Thread.threadDictionary: `current` is read on every allocation.
    private final class Box {
        let budget: EngineBudget
        init(_ budget: EngineBudget) { self.budget = budget }
    }

    private static let slot: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()
}

/// A request the budget refused, or a size no machine can hold; the host reports it as a
/// resource limit, not as a bug in the cell's arguments.
public struct BudgetExceeded: Error, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Byte counts in 1024-based units for messages: "149 GiB", "1.5 MiB", "512 B".
public enum ByteText {
    public static func text(_ bytes: Int) -> String {
        let units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        if unit == 0 { return "\(bytes) B" }
        // One decimal below 10 ("1.5 GiB"), whole numbers above ("149 GiB").
        let shown = value < 10 ? (value * 10).rounded() / 10 : value.rounded()
        let digits = shown == shown.rounded() ? String(Int(shown)) : String(format: "%.1f", shown)
        return "\(digits) \(units[unit])"
    }
}
