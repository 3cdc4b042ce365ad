import Foundation
import NotebookModel

/// Runs a course's notebooks, reusing cached results and running up to `jobs` at once.
enum SiteExecution {
    static func runAll(_ notebooks: [Notebook], jobs: Int, cache: ExecutionCache?, keepGoing: Bool,
                       execute: @escaping @Sendable (Notebook, ProgressReporter) -> NotebookRun) -> [NotebookRun] {
        let results = ResultSlots(count: notebooks.count)
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = max(1, jobs)
        for (index, notebook) in notebooks.enumerated() {
            queue.addOperation {
                let name = FilePath.stem(of: notebook.path)
                let started = DispatchTime.now().uptimeNanoseconds
                let key = ExecutionCache.key(for: notebook, seed: notebook.frontMatter.seed ?? 0, keepGoing: keepGoing)
                if let cached = cache?.lookup(name: name, key: key) {
                    results.set(index, cached)
                    FileOutput.standardError("  \(name): cached")
                    return
                }
                let progress: ProgressReporter = jobs == 1 ? TerminalProgress(notebookName: name) : SilentProgress()
                let run = execute(notebook, progress)
                cache?.store(name: name, key: key, run: run)
                results.set(index, run)
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
                FileOutput.standardError("  \(name): \(run.failed ? "FAILED" : "ok") (\(TerminalProgress.seconds(seconds)))")
            }
        }
        queue.waitUntilAllOperationsAreFinished()
        return results.values
    }
}

/// One result slot per notebook, filled from worker threads.
final class ResultSlots: @unchecked Sendable {
    private var slots: [NotebookRun?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ run: NotebookRun) {
        lock.lock()
        slots[index] = run
        lock.unlock()
    }

    var values: [NotebookRun] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0 ?? NotebookRun(cells: []) }
    }
}
