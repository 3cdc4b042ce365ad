import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Calls back when any of a set of files changes: inotify on the files' folders (editors that
/// save by renaming a new file over the old one are seen too), else polling their size and
/// modification time. The callback gets the changed paths, a few milliseconds after the last
/// event of a burst.
final class FileWatcher: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []
    private var stamps: [String: ExecutionCache.FileStamp?] = [:]
    private let onChange: @Sendable (Set<String>) -> Void
    private var stopped = false
    private let pollInterval: Double
    /// True when inotify is in use (false: polling).
    private(set) var usesInotify = false
    #if canImport(Glibc)
    private var fd: Int32 = -1
    private var watchedFolders: [String: Int32] = [:]
    #endif

    /// Watches `paths`; `forcePolling` skips inotify (tests of the fallback).
    init(paths: [String], forcePolling: Bool = false, pollInterval: Double = 0.25, onChange: @escaping @Sendable (Set<String>) -> Void) {
        self.onChange = onChange
        self.pollInterval = pollInterval
        #if canImport(Glibc)
        if !forcePolling {
            fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            usesInotify = fd >= 0
        }
        #endif
        watch(paths)
    }

    /// Replaces the watched set (a notebook began reading a new data file).
    func watch(_ newPaths: [String]) {
        lock.lock()
        defer { lock.unlock() }
        paths = Set(newPaths.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
        for path in paths where stamps[path] == nil { stamps[path] = .some(ExecutionCache.FileStamp(path: path)) }
        #if canImport(Glibc)
        guard usesInotify else { return }
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MODIFY)
        for folder in Set(paths.map { ($0 as NSString).deletingLastPathComponent }) where watchedFolders[folder] == nil {
            let wd = inotify_add_watch(fd, folder, mask)
            if wd >= 0 { watchedFolders[folder] = wd }
        }
        #endif
    }

    func start() {
        let worker = Thread { [self] in loop() }
        worker.name = "nbrun-watch"
        worker.start()
    }

    func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    /// The watched files whose size or modification time changed since last seen.
    private func changedPaths() -> Set<String> {
        lock.lock()
        defer { lock.unlock() }
        var changed = Set<String>()
        for path in paths {
            let now = ExecutionCache.FileStamp(path: path)
            if stamps[path] != .some(now) {
                stamps[path] = .some(now)
                changed.insert(path)
            }
        }
        return changed
    }

    private func loop() {
        while !isStopped {
            if usesInotify {
                waitForEvents()
            } else {
                Thread.sleep(forTimeInterval: pollInterval)
            }
            if isStopped { break }
            let changed = changedPaths()
            if !changed.isEmpty { onChange(changed) }
        }
        #if canImport(Glibc)
        if fd >= 0 { close(fd) }
        #endif
    }

    /// Blocks until inotify reports something (or a second passes, to notice `stop`), then
    /// drains the burst: events that follow within 5 ms belong to the same save.
    private func waitForEvents() {
        #if canImport(Glibc)
        var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&pfd, 1, 1000) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        repeat {
            while read(fd, &buffer, buffer.count) > 0 {}
            pfd.revents = 0
        } while poll(&pfd, 1, 5) > 0
        #endif
    }
}
