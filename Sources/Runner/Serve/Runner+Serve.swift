import Foundation
import FlyingFox
#if canImport(Glibc)
import Glibc
#endif

extension Runner {
    /// `nbrun serve`: writes the site like `build` (or `run`), serves it on 127.0.0.1 and, on
    /// every save of a notebook or a data file it reads, re-runs what the edit touches and
    /// updates the open pages. Returns at Ctrl-C.
    public static func serve(_ request: ServeRequest) -> Int32 {
        let isFile = request.target.hasSuffix(".md")
        let hub = MessageHub()
        let preview = LivePreview(target: isFile ? .notebook(request.target) : .course(request.target),
                                  outDirectory: request.outDirectory, hub: hub)
        preview.lineNumbers = request.lineNumbers
        FileOutput.standardError(preview.refresh(nil))
        let home = isFile ? LivePreview.pageName(request.target) : "index.html"
        let started = DispatchSemaphore(value: 0)
        let failure = ResultBox()
        let task = Task {
            do {
                let server = try await PreviewServer.make(port: request.port, root: request.outDirectory, home: home, hub: hub)
                failure.server = server
                async let running: Void = server.run()
                try await server.waitUntilListening()
                started.signal()
                try await running
            } catch {
                failure.message = "\(error)"
                started.signal()
            }
        }
        started.wait()
        if let message = failure.message {
            FileOutput.standardError("error: cannot serve on 127.0.0.1:\(request.port): \(message)")
            return 2
        }
        let url = "http://127.0.0.1:\(request.port)/\(home)"
        FileOutput.standardError("serving \(url) (Ctrl-C stops)")
        if request.open { openInBrowser(url) }
        let watcher = watch(preview) { text in FileOutput.standardError(text) }
        waitForInterrupt()
        watcher.stop()
        hub.closeAll()
        let stopped = DispatchSemaphore(value: 0)
        Task {
            await failure.server?.stop(timeout: 1)
            stopped.signal()
        }
        _ = stopped.wait(timeout: .now() + 2)
        task.cancel()
        FileOutput.standardError("stopped")
        return 0
    }

    /// `nbrun NOTEBOOK.md --watch`: the page is rewritten on every save, re-running only what the
    /// edit touches; no server. Returns at Ctrl-C.
    public static func watch(_ request: RunRequest) -> Int32 {
        let preview = LivePreview(target: .notebook(request.notebookPath), outDirectory: request.outDirectory, hub: nil)
        preview.lineNumbers = request.lineNumbers
        FileOutput.standardError(preview.refresh(nil))
        FileOutput.standardError("watching \(request.notebookPath) (Ctrl-C stops)")
        let watcher = watch(preview) { text in FileOutput.standardError(text) }
        waitForInterrupt()
        watcher.stop()
        return 0
    }

    /// Starts a watcher over the preview's files; each change refreshes it (one at a time).
    static func watch(_ preview: LivePreview, report: @escaping @Sendable (String) -> Void) -> FileWatcher {
        let queue = DispatchQueue(label: "nbrun.live")
        let holder = WatcherBox()
        let watcher = FileWatcher(paths: preview.watchedPaths()) { changed in
            queue.async {
                report(preview.refresh(changed))
                holder.watcher?.watch(preview.watchedPaths())
            }
        }
        holder.watcher = watcher
        watcher.start()
        return watcher
    }

    /// Blocks until SIGINT or SIGTERM.
    static func waitForInterrupt() {
        let done = DispatchSemaphore(value: 0)
        var sources: [DispatchSourceSignal] = []
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { done.signal() }
            source.resume()
            sources.append(source)
        }
        done.wait()
        sources.forEach { $0.cancel() }
    }

    static func openInBrowser(_ url: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url]
        try? process.run()
    }
}

private final class ResultBox: @unchecked Sendable {
    var message: String?
    var server: HTTPServer?
}

private final class WatcherBox: @unchecked Sendable {
    var watcher: FileWatcher?
}
