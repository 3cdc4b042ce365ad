import Foundation

/// Highlighted HTML remembered by cell source, so a rebuild does not re-parse unchanged cells.
///
/// Highlighting parses every cell with swift-syntax and is most of a page's render time; the
/// result depends only on the source text (and nbrun's version, which the owner of a persisted
/// memo checks). Safe to share between threads.
public final class HighlightMemo: @unchecked Sendable {
    private var entries: [String: String]
    private var used: [String: String] = [:]
    private let lock = NSLock()

    /// - Parameter entries: source → highlighted HTML, e.g. as saved by a previous build.
    public init(entries: [String: String] = [:]) {
        self.entries = entries
    }

    /// The highlighted HTML of `source`, computed once.
    public func html(_ source: String) -> String {
        lock.lock()
        if let known = entries[source] {
            used[source] = known
            lock.unlock()
            return known
        }
        lock.unlock()
        let html = CodeHighlighter.html(source)
        lock.lock()
        entries[source] = html
        used[source] = html
        lock.unlock()
        return html
    }

    /// The entries looked up or computed since creation: what to save for the next build
    /// (sources no page uses any more are dropped).
    public var usedEntries: [String: String] {
        lock.lock()
        defer { lock.unlock() }
        return used
    }
}
