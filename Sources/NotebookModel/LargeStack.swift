import Foundation

/// Runs work that recurses as deep as its input nests (swift-syntax's parser on a cell) on a
/// thread with a stack to match: dispatch threads have 512 KiB and the main thread 8 MiB, which
/// a cell of a few thousand nested brackets overflows.
public enum LargeStack {
    /// The interpreter runs cells on stacks of the same size.
    public static let bytes = 512 << 20

    public static func run<T>(_ body: @escaping () -> T) -> T {
        let slot = Slot<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            slot.value = body()
            done.signal()
        }
        thread.stackSize = bytes
        thread.start()
        done.wait()
        // The semaphore orders the write before this read.
        guard let value = slot.value else { preconditionFailure("LargeStack: the thread ended without a result") }
        return value
    }

    /// Carries the result out of the thread (the semaphore is the synchronization).
    private final class Slot<T>: @unchecked Sendable {
        var value: T?
    }
}
