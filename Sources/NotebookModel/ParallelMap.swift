import Foundation

/// Maps a list with up to `jobs` worker threads, results in input order: how the runner builds
/// notebooks and the grader grades submissions in parallel.
public enum ParallelMap {
    public static func map<T, R>(_ items: [T], jobs: Int, _ transform: (T) -> R) -> [R] {
        let count = items.count
        return withoutActuallyEscaping(transform) { transform in
            Array(unsafeUninitializedCapacity: count) { buffer, initialized in
                guard let base = buffer.baseAddress else { initialized = 0; return }
                let next = NextIndex()
                // Workers take the next index as they finish, so one slow item does not hold
                // back the items queued behind it.
                DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, count))) { _ in
                    while let i = next.take(below: count) {
                        (base + i).initialize(to: transform(items[i]))
                    }
                }
                initialized = count
            }
        }
    }
}

/// Hands out 0, 1, 2… to worker threads.
private final class NextIndex: @unchecked Sendable {
    private var next = 0
    private let lock = NSLock()

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < limit else { return nil }
        next += 1
        return next - 1
    }
}
