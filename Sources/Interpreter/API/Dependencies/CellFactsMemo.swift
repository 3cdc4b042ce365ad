import Foundation

/// Cell facts remembered by source text: after an edit, only the edited cells are parsed again.
///
/// A live preview analyses every cell of the notebook on each save; parsing them all with
/// swift-syntax was most of an edit's cost in debug builds. Safe to share between threads.
final class CellFactsMemo: @unchecked Sendable {
    static let shared = CellFactsMemo()
    /// Enough for a course's cells and a long editing session; past it, start again.
    private let capacity = 4096
    private var entries: [String: CellFacts] = [:]
    private let lock = NSLock()

    /// The facts of `text`, computed once.
    func facts(_ text: String) -> CellFacts {
        lock.lock()
        if let known = entries[text] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let facts = CellFacts.make(text)
        lock.lock()
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[text] = facts
        lock.unlock()
        return facts
    }
}
