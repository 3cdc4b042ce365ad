import Foundation

/// Runs work that recurses as deep as its input nests (swift-syntax's parser on a cell) on a
/// thread with a stack to match: dispatch threads have 512 KiB and the main thread 8 MiB, which
/// a cell of a few thousand nested brackets overflows.
public enum LargeStack {
    /// The interpreter runs cells on stacks of the same size.
    public static let bytes = 512 << 20

    public static func run<T>(_ body: @escaping () -> T) -> T {
        var result: T?
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            result = body()
            done.signal()
        }
        thread.stackSize = bytes
        thread.start()
        done.wait()
        return result!
    }
}
