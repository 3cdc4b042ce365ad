import Foundation
import NotebookModel

/// Runs a course's notebooks, reusing cached results and running up to `jobs` at once.
enum SiteExecution {
    /// `stillValid` vets a cached run (the files it wrote must still be in the site).
    static func runAll(_ notebooks: [Notebook], jobs: Int, cache: ExecutionCache?, keepGoing: Bool,
                       stillValid: @escaping @Sendable (Notebook, NotebookRun) -> Bool = { _, _ in true },
                       execute: @escaping @Sendable (Notebook, ProgressReporter) -> NotebookRun) -> [NotebookRun] {
        ParallelMap.map(notebooks, jobs: jobs) { notebook in
            let name = FilePath.stem(of: notebook.path)
            let started = DispatchTime.now().uptimeNanoseconds
            let key = ExecutionCache.key(for: notebook, seed: notebook.frontMatter.seed ?? 0, keepGoing: keepGoing)
            if let cached = cache?.lookup(name: name, key: key), stillValid(notebook, cached) {
                FileOutput.standardError("  \(name): cached")
                return cached
            }
            let progress: ProgressReporter = jobs == 1 ? TerminalProgress(notebookName: name) : SilentProgress()
            let run = execute(notebook, progress)
            cache?.store(name: name, key: key, run: run)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            FileOutput.standardError("  \(name): \(run.failed ? "FAILED" : "ok") (\(TerminalProgress.seconds(seconds)))")
            return run
        }
    }
}
